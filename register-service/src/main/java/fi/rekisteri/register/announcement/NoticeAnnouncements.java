package fi.rekisteri.register.announcement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The announcements of significant privacy notice changes and their messages, one per (version,
 * contact). Each call is one short transaction of its own; the job sends between them.
 */
@ApplicationScoped
class NoticeAnnouncements {

  /**
   * Who gets an announcement: an email, no restriction, no erasure hold, not erased (wholly or in
   * part), no objection to direct marketing and no direct marketing ban in force. Such a person has
   * said no to messages the controller need not send, and the announcement is one.
   */
  static final String ELIGIBLE =
      "c.email IS NOT NULL AND btrim(c.email) <> '' AND NOT c.restricted"
          + " AND c.erased_at IS NULL AND c.partially_erased_at IS NULL"
          + " AND NOT c.objected_direct_marketing"
          + " AND NOT EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_id = c.id)"
          + " AND NOT COALESCE((SELECT p.granted FROM preference_change p WHERE p.contact_id = c.id"
          + " AND p.kind = 'DIRECT_MARKETING_BAN' ORDER BY p.recorded_at DESC LIMIT 1), false)";

  private final EntityManager em;

  NoticeAnnouncements(EntityManager em) {
    this.em = em;
  }

  /** Starts an announcement for each significant version that has none yet; how many. */
  @Transactional
  int startSignificant(Instant now) {
    return em.createNativeQuery(
            "INSERT INTO notice_announcement (version, started_at) SELECT v.number, ?1"
                + " FROM controller_profile_version v WHERE v.significant"
                + " ON CONFLICT (version) DO NOTHING")
        .setParameter(1, Timestamp.from(now))
        .executeUpdate();
  }

  /** The versions whose eligible contacts are not all queued yet, oldest first. */
  @Transactional
  @SuppressWarnings("unchecked")
  List<Integer> queuing() {
    return ((List<Number>)
            em.createNativeQuery(
                    "SELECT version FROM notice_announcement WHERE queued_all_at IS NULL"
                        + " ORDER BY version")
                .getResultList())
        .stream().map(Number::intValue).toList();
  }

  /**
   * Queues the next {@code batch} eligible contacts after the announcement's cursor, in contact id
   * order, and moves the cursor; a row already there stays as it is (once per contact). Returns the
   * number of contacts looked at; fewer than {@code batch} means all are queued.
   */
  @Transactional
  @SuppressWarnings("unchecked")
  int queueBatch(int version, int batch, Instant now) {
    Object cursor =
        em.createNativeQuery(
                "SELECT cursor_id FROM notice_announcement WHERE version = ?1 FOR UPDATE")
            .setParameter(1, version)
            .getSingleResult();
    List<UUID> ids =
        em.createNativeQuery(
                "SELECT c.id FROM contact c WHERE "
                    + ELIGIBLE
                    + " AND (CAST(?1 AS uuid) IS NULL OR c.id > CAST(?1 AS uuid))"
                    + " ORDER BY c.id LIMIT ?2",
                UUID.class)
            .setParameter(1, cursor == null ? null : cursor.toString())
            .setParameter(2, batch)
            .getResultList();
    for (UUID id : ids) {
      em.createNativeQuery(
              "INSERT INTO notice_announcement_message (version, contact_id, message_id, state,"
                  + " next_attempt_at, queued_at) VALUES (?1, ?2, ?3, 'QUEUED', ?4, ?4)"
                  + " ON CONFLICT (version, contact_id) DO NOTHING")
          .setParameter(1, version)
          .setParameter(2, id)
          .setParameter(3, "<" + UUID.randomUUID() + "@rekisteri.register>")
          .setParameter(4, Timestamp.from(now))
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE notice_announcement SET cursor_id = COALESCE(CAST(?2 AS uuid), cursor_id),"
                + " queued_all_at = ?3 WHERE version = ?1")
        .setParameter(1, version)
        .setParameter(2, ids.isEmpty() ? null : ids.get(ids.size() - 1).toString())
        .setParameter(3, ids.size() < batch ? Timestamp.from(now) : null)
        .executeUpdate();
    return ids.size();
  }

  /** The messages due now, oldest first. */
  @Transactional
  @SuppressWarnings("unchecked")
  List<MessageKey> due(Instant now, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT version, contact_id FROM notice_announcement_message"
                    + " WHERE next_attempt_at <= ?1 ORDER BY next_attempt_at, contact_id LIMIT ?2")
            .setParameter(1, Timestamp.from(now))
            .setParameter(2, limit)
            .getResultList();
    return rows.stream().map(r -> new MessageKey(((Number) r[0]).intValue(), (UUID) r[1])).toList();
  }

  /**
   * The message to send now, with the contact's name and address read as it is now; empty when it
   * is not due (sent or given up meanwhile). A contact no longer eligible is skipped here, and
   * nothing is sent to it.
   */
  @Transactional
  @SuppressWarnings("unchecked")
  Optional<Outgoing> prepare(MessageKey key, Instant now) {
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT m.message_id, m.attempts FROM notice_announcement_message m"
                    + " WHERE m.version = ?1 AND m.contact_id = ?2 AND m.next_attempt_at <= ?3"
                    + " FOR UPDATE")
            .setParameter(1, key.version())
            .setParameter(2, key.contactId())
            .setParameter(3, Timestamp.from(now))
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<Object[]> contact =
        em.createNativeQuery(
                "SELECT c.first_name, c.last_name, c.email FROM contact c WHERE c.id = ?1 AND "
                    + ELIGIBLE)
            .setParameter(1, key.contactId())
            .getResultList();
    if (contact.isEmpty()) {
      finish(key, "SKIPPED", "no longer eligible: not sent", null);
      return Optional.empty();
    }
    Object[] c = contact.get(0);
    String name = join((String) c[0], (String) c[1]);
    return Optional.of(
        new Outgoing(
            key,
            (String) rows.get(0)[0],
            ((Number) rows.get(0)[1]).intValue(),
            name,
            (String) c[2]));
  }

  /** The relay accepted the message. */
  @Transactional
  void sent(MessageKey key, Instant now) {
    finish(key, "SENT", null, now);
  }

  /** Refused or not reached: tried again at {@code retryAt}, or never when it is null. */
  @Transactional
  void failed(MessageKey key, String answer, Instant retryAt) {
    em.createNativeQuery(
            "UPDATE notice_announcement_message SET state = 'FAILED', answer = ?3,"
                + " attempts = attempts + 1, next_attempt_at = ?4"
                + " WHERE version = ?1 AND contact_id = ?2")
        .setParameter(1, key.version())
        .setParameter(2, key.contactId())
        .setParameter(3, answer)
        .setParameter(4, retryAt == null ? null : Timestamp.from(retryAt))
        .executeUpdate();
  }

  /** The counts of one version's announcement; empty when there is no such version. */
  @Transactional
  @SuppressWarnings("unchecked")
  Optional<AnnouncementProgress> progress(int version) {
    List<Object[]> announcement =
        em.createNativeQuery(
                "SELECT v.significant, a.started_at, a.queued_all_at"
                    + " FROM controller_profile_version v"
                    + " LEFT JOIN notice_announcement a ON a.version = v.number WHERE v.number = ?1")
            .setParameter(1, version)
            .getResultList();
    if (announcement.isEmpty()) {
      return Optional.empty();
    }
    List<Object[]> counts =
        em.createNativeQuery(
                "SELECT state, count(*) FROM notice_announcement_message WHERE version = ?1"
                    + " GROUP BY state")
            .setParameter(1, version)
            .getResultList();
    long queued = 0, sent = 0, failed = 0, skipped = 0;
    for (Object[] row : counts) {
      long n = ((Number) row[1]).longValue();
      switch ((String) row[0]) {
        case "QUEUED" -> queued = n;
        case "SENT" -> sent = n;
        case "FAILED" -> failed = n;
        default -> skipped = n;
      }
    }
    Object[] a = announcement.get(0);
    return Optional.of(
        new AnnouncementProgress(
            version, (Boolean) a[0], instant(a[1]), instant(a[2]), queued, sent, failed, skipped));
  }

  private void finish(MessageKey key, String state, String answer, Instant sentAt) {
    em.createNativeQuery(
            "UPDATE notice_announcement_message SET state = ?3, answer = ?4, sent_at = ?5,"
                + " attempts = attempts + CASE WHEN ?3 = 'SKIPPED' THEN 0 ELSE 1 END,"
                + " next_attempt_at = NULL WHERE version = ?1 AND contact_id = ?2")
        .setParameter(1, key.version())
        .setParameter(2, key.contactId())
        .setParameter(3, state)
        .setParameter(4, answer)
        .setParameter(5, sentAt == null ? null : Timestamp.from(sentAt))
        .executeUpdate();
  }

  private static Instant instant(Object value) {
    return fi.rekisteri.platform.jdbc.SqlTimes.instant(value);
  }

  private static String join(String first, String last) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    return name.isEmpty() ? null : name;
  }

  /** One message: the version announced and the contact. */
  record MessageKey(int version, UUID contactId) {}

  /** What one try sends: built in a transaction, sent outside it. */
  record Outgoing(MessageKey key, String messageId, int attempts, String name, String email) {}
}
