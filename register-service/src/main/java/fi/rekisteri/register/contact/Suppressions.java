package fi.rekisteri.register.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The suppression list: keyed hashes (HMAC-SHA256) of the emails of people who objected to direct
 * marketing or were erased, so that they are recognised when entered again without keeping their
 * email.
 */
@ApplicationScoped
public class Suppressions {

  public static final String OBJECTION = "OBJECTION";
  public static final String ERASED = "ERASED";

  private final EntityManager entityManager;
  private final Optional<String> keys;
  private volatile SuppressionKeyring keyring;

  /**
   * A missing keyring is named at startup by the platform's {@code RequiredSettings} (setting
   * {@code rekisteri.settings.secrets}).
   */
  public Suppressions(EntityManager entityManager, SuppressionConfig config) {
    this.entityManager = entityManager;
    this.keys = config.keys();
  }

  private SuppressionKeyring keyring() {
    if (keyring == null) {
      keyring =
          SuppressionKeyring.parse(
              keys.orElseThrow(
                  () -> new IllegalStateException("rekisteri.suppression.keys is not set")));
    }
    return keyring;
  }

  /** The hash under the newest key, as a new entry gets it. */
  String hash(String email) {
    return keyring().newest().hash(email);
  }

  /** The entry's hash under every key of the ring: an entry may have been made with any. */
  private List<String> hashes(String email) {
    return keyring().all().stream().map(key -> key.hash(email)).toList();
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(String email, String reason) {
    if (email == null || email.isBlank()) {
      return;
    }
    int updated =
        entityManager
            .createNativeQuery(
                "UPDATE suppression SET reason = CASE WHEN reason = 'OBJECTION' THEN 'OBJECTION'"
                    + " ELSE ?1 END WHERE email_hash IN (?2)")
            .setParameter(1, reason)
            .setParameter(2, hashes(email))
            .executeUpdate();
    if (updated > 0) {
      return;
    }
    entityManager
        .createNativeQuery(
            "INSERT INTO suppression (email_hash, reason, created_at, key_id) VALUES (?1, ?2, ?3,"
                + " ?4) ON CONFLICT (email_hash) DO UPDATE SET reason = CASE"
                + " WHEN suppression.reason = 'OBJECTION' THEN 'OBJECTION' ELSE EXCLUDED.reason END")
        .setParameter(1, hash(email))
        .setParameter(2, reason)
        .setParameter(3, Instant.now())
        .setParameter(4, keyring().newest().id())
        .executeUpdate();
  }

  /** An entry of the list: why it was made, and when (its retention counts from then). */
  public record Entry(String reason, Instant createdAt) {}

  /**
   * The entry that recognises {@code email}: an objection's first (kept as long as the ban stands),
   * otherwise the oldest erasure's (the first to be deleted). Empty for no email or no entry.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Entry> entryFor(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT reason, created_at FROM suppression WHERE email_hash IN (?1)"
                    + " ORDER BY CASE WHEN reason = 'OBJECTION' THEN 0 ELSE 1 END, created_at")
            .setParameter(1, hashes(email))
            .getResultList();
    return rows.stream().findFirst().map(row -> new Entry((String) row[0], toInstant(row[1])));
  }

  private static Instant toInstant(Object value) {
    return fi.rekisteri.platform.jdbc.SqlTimes.instant(value);
  }

  /**
   * Why {@code email} is on the list (an objection before an erasure), or empty. Asked by every
   * create and read of a contact, so it is one plain prepared query: no Hibernate query plan and no
   * flush of the caller's session before it (issue 20's profiles: 12 % of a read).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> reasonFor(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(connection -> reasonFor(connection, email));
  }

  /**
   * As {@link #reasonFor(String)}, on the caller's connection: for the read of a contact, which
   * asks it on the connection that read the contact (no session, no transaction; ContactRows).
   */
  Optional<String> reasonFor(Connection connection, String email) throws SQLException {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    List<String> hashes = hashes(email);
    String sql =
        "SELECT reason FROM suppression WHERE email_hash IN ("
            + String.join(", ", Collections.nCopies(hashes.size(), "?"))
            + ") ORDER BY CASE WHEN reason = 'OBJECTION' THEN 0 ELSE 1 END LIMIT 1";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < hashes.size(); i++) {
        query.setString(i + 1, hashes.get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Key ids that entries were made with but the ring no longer holds: those entries would silently
   * stop suppressing anyone, so the service refuses to start (see {@code SuppressionKeyCheck}).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> keysMissingFromRing() {
    @SuppressWarnings("unchecked")
    List<String> used =
        entityManager.createNativeQuery("SELECT DISTINCT key_id FROM suppression").getResultList();
    return used.stream().filter(id -> !keyring().holds(id)).sorted().toList();
  }
}
