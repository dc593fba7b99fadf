package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.controller.RetentionPolicy;
import fi.rekisteri.register.disclosure.DisclosureLedger;
import fi.rekisteri.register.disclosure.DisclosureView;
import fi.rekisteri.register.mention.MentionService;
import fi.rekisteri.register.retention.RetentionService;
import fi.rekisteri.register.subjectrights.SubjectExport.ExportedLogEntry;
import fi.rekisteri.register.subjectrights.SubjectExport.ExportedMention;
import fi.rekisteri.register.subjectrights.SubjectExport.ExportedRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The export's account of how the register processes one subject's data (R14, R18): the
 * disclosures, the audit log's summary and latest entries, the mentions of her in other records,
 * and the retention periods. Called inside {@link SubjectExporter}'s transaction.
 */
@ApplicationScoped
public class SubjectProcessingReader {

  private final DisclosureLedger ledger;
  private final EntityManager entityManager;
  private final MentionService mentions;
  private final RetentionService retention;
  private final int erasureLedgerDays;

  public SubjectProcessingReader(
      DisclosureLedger ledger,
      EntityManager entityManager,
      MentionService mentions,
      RetentionService retention,
      // the erasure ledger topic's retention (erasureledger/ErasureLedgerTopic), the same setting
      ErasureLedgerRetention erasureLedger) {
    this.ledger = ledger;
    this.entityManager = entityManager;
    this.mentions = mentions;
    this.retention = retention;
    this.erasureLedgerDays = erasureLedger.retentionDays();
  }

  List<DisclosureView> disclosures(UUID subjectId) {
    return ledger.forSubject(subjectId);
  }

  /** The mentions of the subject in other records' free text that are still there. */
  List<ExportedMention> mentions(UUID subjectId) {
    return mentions.current(subjectId).stream()
        .filter(m -> !m.redacted() && m.passage() != null)
        .map(m -> new ExportedMention(m.recordType(), m.field(), m.matchedBy(), m.passage()))
        .toList();
  }

  /** The subject's latest log entries, newest first: time, action and purpose, no reader. */
  List<ExportedLogEntry> log(UUID subjectId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT occurred_at, action, purpose FROM audit_entry WHERE subject_id = ?1"
                    + " ORDER BY id DESC LIMIT ?2")
            .setParameter(1, subjectId)
            .setParameter(2, SubjectExport.LOG_LIMIT)
            .getResultList();
    return rows.stream()
        .map(row -> new ExportedLogEntry(instant(row[0]), (String) row[1], (String) row[2]))
        .toList();
  }

  long logTotal(UUID subjectId) {
    return ((Number)
            entityManager
                .createNativeQuery("SELECT count(*) FROM audit_entry WHERE subject_id = ?1")
                .setParameter(1, subjectId)
                .getSingleResult())
        .longValue();
  }

  private static Instant instant(Object value) {
    return fi.rekisteri.platform.jdbc.SqlTimes.instant(value);
  }

  /** The periods the retention job, the erasure ledger and the erasure holds enforce. */
  ExportedRetention retention() {
    RetentionPolicy policy = retention.policy();
    return new ExportedRetention(
        policy.customerRule(),
        policy.customerYears(),
        policy.prospectReviewMonths(),
        policy.consentMonths(),
        ErasurePolicy.VOUCHER_YEARS,
        policy.suppressionYears(),
        policy.auditYears(),
        policy.disclosureYears(),
        erasureLedgerDays);
  }

  Map<String, Long> auditSummary(UUID subjectId) {
    Map<String, Long> summary = new LinkedHashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT action, count(*) FROM audit_entry WHERE subject_id = ?1 GROUP BY action"
                    + " ORDER BY action")
            .setParameter(1, subjectId)
            .getResultList();
    rows.forEach(row -> summary.put((String) row[0], ((Number) row[1]).longValue()));
    return summary;
  }
}
