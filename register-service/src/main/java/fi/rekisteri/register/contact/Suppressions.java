package fi.rekisteri.register.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
  private final SecretKeySpec key;

  public Suppressions(
      EntityManager entityManager, @ConfigProperty(name = "rekisteri.suppression.key") String key) {
    this.entityManager = entityManager;
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  String hash(String email) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of()
          .formatHex(
              mac.doFinal(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 unavailable", e);
    }
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(String email, String reason) {
    if (email == null || email.isBlank()) {
      return;
    }
    entityManager
        .createNativeQuery(
            "INSERT INTO suppression (email_hash, reason, created_at) VALUES (?1, ?2, ?3)"
                + " ON CONFLICT (email_hash) DO UPDATE SET reason = CASE"
                + " WHEN suppression.reason = 'OBJECTION' THEN 'OBJECTION' ELSE EXCLUDED.reason END")
        .setParameter(1, hash(email))
        .setParameter(2, reason)
        .setParameter(3, Instant.now())
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> reasonFor(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    @SuppressWarnings("unchecked")
    List<String> reasons =
        entityManager
            .createNativeQuery("SELECT reason FROM suppression WHERE email_hash = ?1")
            .setParameter(1, hash(email))
            .getResultList();
    return reasons.stream().findFirst();
  }
}
