package fi.rekisteri.rights.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Art. 19 tasks for the register's own erasures (docs/promises.md): every ContactErased whose
 * requestId is the retention job's ({@code retention:<day>} when a hold ended, {@code
 * retention:<day>:<id>} when the period ended) gets one task per recipient and processor of the
 * subject's disclosure ledger, as a request's erasure does. The register is asked outside any
 * transaction; an event is marked done in the same transaction as its tasks, and a second instance
 * doing the same event adds nothing (the mark's primary key).
 */
@ApplicationScoped
public class RetentionNotices {

  private static final Logger LOG = Logger.getLogger(RetentionNotices.class);
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final Pattern RETENTION =
      Pattern.compile("retention:(\\d{4}-\\d{2}-\\d{2})(:[0-9a-fA-F-]{36})?");
  static final int PAGE = 50;
  static final int LIST_LIMIT = 500;

  private final EntityManager entityManager;
  private final RegisterGateway register;
  private final ObjectMapper mapper;

  public RetentionNotices(
      EntityManager entityManager, RegisterGateway register, ObjectMapper mapper) {
    this.entityManager = entityManager;
    this.register = register;
    this.mapper = mapper;
  }

  /** An erasure by the register's retention job not yet turned into tasks. */
  record Pending(UUID eventId, UUID subjectId, RetentionNotice.Cause cause, LocalDate erasedOn) {}

  @Scheduled(
      every = "{rekisteri.retention-notices.every}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void scheduled() {
    try {
      createDue();
    } catch (RuntimeException e) {
      LOG.warnf("retention notices: pass failed: %s", e.getClass().getSimpleName());
    }
  }

  /** One pass: the tasks of every pending retention erasure; returns the events done. */
  public int createDue() {
    int done = 0;
    while (true) {
      List<Pending> page = QuarkusTransaction.requiringNew().call(this::pending);
      int before = done;
      for (Pending pending : page) {
        List<RegisterApi.LedgerRecipient> recipients;
        try {
          recipients = register.recipients(pending.subjectId());
        } catch (RuntimeException e) {
          LOG.warnf(
              "retention notices for event %s: the register did not answer (%s); tried again"
                  + " on the next pass",
              pending.eventId(), e.getClass().getSimpleName());
          continue;
        }
        if (QuarkusTransaction.requiringNew().call(() -> record(pending, recipients))) {
          done++;
        }
      }
      // a page with nothing done (the register away) ends the pass: no loop on the same page
      if (page.size() < PAGE || done == before) {
        return done;
      }
    }
  }

  List<Pending> pending() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT e.event_id, e.subject_id, e.body, e.occurred_at FROM subject_event e"
                    + " WHERE e.event_type = 'ContactErased'"
                    + " AND (e.body::jsonb ->> 'requestId') LIKE 'retention:%'"
                    + " AND NOT EXISTS (SELECT 1 FROM retention_notice_source s"
                    + " WHERE s.event_id = e.event_id)"
                    + " ORDER BY e.received_at, e.event_id LIMIT :limit")
            .setParameter("limit", PAGE)
            .getResultList();
    return rows.stream()
        .map(row -> pending((UUID) row[0], (UUID) row[1], (String) row[2], toInstant(row[3])))
        .filter(p -> p != null)
        .toList();
  }

  private Pending pending(UUID eventId, UUID subjectId, String body, Instant occurredAt) {
    String requestId;
    try {
      JsonNode node = mapper.readTree(body);
      requestId = node.path("requestId").asText("");
    } catch (java.io.IOException e) {
      return null;
    }
    Matcher matcher = RETENTION.matcher(requestId);
    LocalDate fallback = LocalDate.ofInstant(occurredAt, HELSINKI);
    if (!matcher.matches()) {
      return new Pending(eventId, subjectId, RetentionNotice.Cause.RETENTION_PERIOD, fallback);
    }
    LocalDate day;
    try {
      day = LocalDate.parse(matcher.group(1));
    } catch (DateTimeParseException e) {
      day = fallback;
    }
    return new Pending(
        eventId,
        subjectId,
        matcher.group(2) == null
            ? RetentionNotice.Cause.HOLD_ENDED
            : RetentionNotice.Cause.RETENTION_PERIOD,
        day);
  }

  /** The event's mark and its tasks; false when another instance marked it first. */
  boolean record(Pending pending, List<RegisterApi.LedgerRecipient> recipients) {
    List<RegisterApi.LedgerRecipient> distinct =
        recipients.stream()
            .filter(r -> r.name() != null && !r.name().isBlank())
            .collect(
                java.util.stream.Collectors.toMap(
                    RegisterApi.LedgerRecipient::name,
                    r -> r,
                    (a, b) -> a,
                    java.util.LinkedHashMap::new))
            .values()
            .stream()
            .toList();
    Instant now = Instant.now();
    int marked =
        entityManager
            .createNativeQuery(
                "INSERT INTO retention_notice_source (event_id, subject_id, cause, erased_on,"
                    + " recipients, processed_at) VALUES (:event, :subject, :cause, :day, :n, :now)"
                    + " ON CONFLICT (event_id) DO NOTHING")
            .setParameter("event", pending.eventId())
            .setParameter("subject", pending.subjectId())
            .setParameter("cause", pending.cause().name())
            .setParameter("day", pending.erasedOn())
            .setParameter("n", distinct.size())
            .setParameter("now", now)
            .executeUpdate();
    if (marked == 0) {
      return false;
    }
    for (RegisterApi.LedgerRecipient recipient : distinct) {
      entityManager
          .createNativeQuery(
              "INSERT INTO retention_notice (id, event_id, subject_id, cause, erased_on,"
                  + " recipient_name, recipient_kind, status, created_at) VALUES (:id, :event,"
                  + " :subject, :cause, :day, :name, :kind, 'OPEN', :now)")
          .setParameter("id", UUID.randomUUID())
          .setParameter("event", pending.eventId())
          .setParameter("subject", pending.subjectId())
          .setParameter("cause", pending.cause().name())
          .setParameter("day", pending.erasedOn())
          .setParameter("name", recipient.name())
          .setParameter(
              "kind",
              "PROCESSOR".equals(recipient.kind())
                  ? RetentionNotice.RecipientKind.PROCESSOR.name()
                  : RetentionNotice.RecipientKind.RECIPIENT.name())
          .setParameter("now", now)
          .executeUpdate();
    }
    return true;
  }

  /** The tasks, open ones first, newest first within each; {@code status} null: both. */
  @Transactional
  public List<RetentionNotice.View> list(RetentionNotice.Status status) {
    return entityManager
        .createQuery(
            "select n from RetentionNotice n where (:status is null or n.status = :status)"
                + " order by n.status, n.createdAt desc, n.recipientName",
            RetentionNotice.class)
        .setParameter("status", status)
        .setMaxResults(LIST_LIMIT)
        .getResultList()
        .stream()
        .map(RetentionNotice::view)
        .toList();
  }

  @Transactional
  public RetentionNotice.View confirm(UUID id, String note, String actor) {
    RetentionNotice notice = entityManager.find(RetentionNotice.class, id);
    if (notice == null) {
      throw DomainException.notFound("notification");
    }
    notice.confirm(note, actor, Instant.now());
    return notice.view();
  }

  private static Instant toInstant(Object value) {
    return fi.rekisteri.platform.jdbc.SqlTimes.instant(value);
  }
}
