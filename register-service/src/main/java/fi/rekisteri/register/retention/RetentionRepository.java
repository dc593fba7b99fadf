package fi.rekisteri.register.retention;

import fi.rekisteri.register.organisation.OrganisationRepository;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The retention queries (R10). Each "due" query is used both by the job (with today) and by the
 * rules' {@code dueNext30Days} (with today + 30 days), so the two never disagree.
 */
@ApplicationScoped
public class RetentionRepository implements PanacheRepositoryBase<RetentionRun, UUID> {

  // A partially erased contact (partially_erased_at set) is due for no rule: what it keeps is
  // erased as its holds end (HOLDS_ENDING), so that no run erases it twice.

  private static final String CUSTOMERS_BY_RELATIONSHIP_END =
      "SELECT c.id FROM contact c WHERE c.erased_at IS NULL AND c.partially_erased_at IS NULL"
          + " AND c.relationship_end < :cutoff";

  /** Billing dates are invoice issue dates and order dates; none at all is a prospect. */
  private static final String CUSTOMERS_BY_BILLING_YEAR =
      "SELECT c.id FROM contact c WHERE c.erased_at IS NULL AND c.partially_erased_at IS NULL"
          + " AND (c.relationship_end IS NULL OR c.relationship_end < :day)"
          + " AND GREATEST("
          + "   (SELECT max(i.issue_date) FROM invoice i WHERE i.contact_id = c.id),"
          + "   (SELECT max(o.order_date) FROM customer_order o WHERE o.contact_id = c.id))"
          + " < :cutoff";

  /** No relationship, no order, no invoice: a prospect, reviewed from its last activity. */
  private static final String PROSPECTS =
      "SELECT c.id FROM contact c WHERE c.erased_at IS NULL AND c.partially_erased_at IS NULL"
          + " AND c.relationship_start IS NULL AND c.relationship_end IS NULL"
          + " AND NOT EXISTS (SELECT 1 FROM customer_order o WHERE o.contact_id = c.id)"
          + " AND NOT EXISTS (SELECT 1 FROM invoice i WHERE i.contact_id = c.id)"
          + " AND GREATEST(c.created_at,"
          + "   (SELECT max(x.occurred_at) FROM interaction x WHERE x.contact_id = c.id)) < :cutoff";

  /**
   * The latest change per contact and channel is a consent given before the cutoff; contacts after
   * {@code :after} only (keyset), so a page reads from the index at that contact on.
   */
  private static final String LAPSING_CONSENTS =
      "SELECT p.contact_id, p.channel FROM ("
          + "  SELECT DISTINCT ON (contact_id, channel) contact_id, channel, granted, recorded_at"
          + "  FROM preference_change WHERE kind = 'DIRECT_MARKETING_CONSENT'"
          + "  AND contact_id > :after"
          + "  ORDER BY contact_id, channel, recorded_at DESC, id DESC) p"
          + " JOIN contact c ON c.id = p.contact_id AND c.erased_at IS NULL"
          + " WHERE p.granted AND p.recorded_at < :cutoff";

  /** Below every id: where the first page starts. */
  public static final UUID FIRST = new UUID(0, 0);

  /**
   * Subjects with an erasure hold that may have ended by the day: a voucher or role period past, a
   * settled claim, a contact who no longer acts as a customer organisation's contact person (the
   * organisation link gone, the own relationship ended, the organisation no longer a customer:
   * {@link OrganisationRepository#customerCondition}); and partially erased contacts with no hold
   * recorded (erased before holds were kept). The job re-checks each against the erasure policy.
   */
  private static final String HOLDS_ENDING =
      "SELECT h.subject_id AS id FROM erasure_hold h WHERE"
          + " (h.category IN ('ACCOUNTING_VOUCHERS', 'CONTACT_PERSON_ROLE') AND h.until_date < :day)"
          + " OR (h.category = 'OPEN_INVOICES' AND NOT EXISTS (SELECT 1 FROM invoice i"
          + "   WHERE i.contact_id = h.subject_id AND i.status IN ('OPEN', 'IN_COLLECTION')))"
          + " OR (h.category = 'CONTACT_PERSON_ROLE' AND NOT EXISTS (SELECT 1 FROM contact c"
          + "   WHERE c.id = h.subject_id AND c.organisation_id IS NOT NULL"
          + "   AND c.relationship_start IS NOT NULL"
          + "   AND (c.relationship_end IS NULL OR c.relationship_end >= :day) AND "
          + OrganisationRepository.customerCondition("c.organisation_id", "c.id")
          + "))"
          + " UNION SELECT c.id FROM contact c WHERE c.erased_at IS NOT NULL"
          + " AND (c.first_name IS NOT NULL OR c.last_name IS NOT NULL)"
          + " AND NOT EXISTS (SELECT 1 FROM erasure_hold h WHERE h.subject_id = c.id)";

  private static final String SUPPRESSIONS =
      "FROM suppression WHERE reason = 'ERASED' AND created_at < :cutoff";

  /**
   * The oldest entries of the audit chain, up to the first one recorded at or after the cutoff: a
   * prefix of the chain, so verification can start at the last one deleted. Counted here; deleted
   * as the audit owner by {@link fi.rekisteri.platform.audit.AuditPruning} (the same condition).
   */
  private static final String AUDIT_ENTRIES =
      "FROM audit_entry WHERE occurred_at < :cutoff AND id < COALESCE((SELECT min(k.id)"
          + " FROM audit_entry k WHERE k.occurred_at >= :cutoff), 9223372036854775807)";

  /**
   * Ledger rows past the period, except a row of invoices while a voucher it describes is kept: the
   * invoice's own (its issue date) or a payment's (its payment date) on or after {@code
   * :vouchersFrom} ({@link fi.rekisteri.register.invoice.VoucherPeriod#firstDateKept}). A row
   * written before rows named their invoice (V22) describes the subject's invoices.
   */
  private static final String DISCLOSURES =
      "FROM disclosure d WHERE d.disclosed_at < :cutoff AND NOT ("
          + " d.record_type IN ('INVOICES', 'INVOICES_IN_COLLECTION') AND EXISTS ("
          + "   SELECT 1 FROM invoice i WHERE (i.id = d.record_id"
          + "     OR (d.record_id IS NULL AND i.contact_id = d.subject_id))"
          + "   AND (i.issue_date >= :vouchersFrom OR EXISTS (SELECT 1 FROM payment p"
          + "     WHERE p.invoice_id = i.id AND p.paid_on >= :vouchersFrom))))";

  // Each "due" query is read a page at a time in id order (keyset): the job never holds the whole
  // register's ids, and the rules count with the same condition.

  public List<UUID> customersByRelationshipEnd(LocalDate endedBefore, UUID after, int limit) {
    return ids(
        page(CUSTOMERS_BY_RELATIONSHIP_END, after, limit).setParameter("cutoff", endedBefore));
  }

  public long countCustomersByRelationshipEnd(LocalDate endedBefore) {
    return count(countQuery(CUSTOMERS_BY_RELATIONSHIP_END).setParameter("cutoff", endedBefore));
  }

  public List<UUID> customersByBillingYear(
      LocalDate lastBilledBefore, LocalDate day, UUID after, int limit) {
    return ids(
        page(CUSTOMERS_BY_BILLING_YEAR, after, limit)
            .setParameter("cutoff", lastBilledBefore)
            .setParameter("day", day));
  }

  public long countCustomersByBillingYear(LocalDate lastBilledBefore, LocalDate day) {
    return count(
        countQuery(CUSTOMERS_BY_BILLING_YEAR)
            .setParameter("cutoff", lastBilledBefore)
            .setParameter("day", day));
  }

  public List<UUID> prospects(Instant lastActiveBefore, UUID after, int limit) {
    return ids(page(PROSPECTS, after, limit).setParameter("cutoff", lastActiveBefore));
  }

  public long countProspects(Instant lastActiveBefore) {
    return count(countQuery(PROSPECTS).setParameter("cutoff", lastActiveBefore));
  }

  public List<UUID> holdsEnding(LocalDate day, UUID after, int limit) {
    return ids(onDay(page(HOLDS_ENDING, after, limit), day));
  }

  public long countHoldsEnding(LocalDate day) {
    return count(onDay(countQuery(HOLDS_ENDING), day));
  }

  private static Query onDay(Query query, LocalDate day) {
    return query
        .setParameter("day", day)
        .setParameter("customerSince", OrganisationRepository.customerSince(day));
  }

  /**
   * The contact and channel of each consent that lapses, for contacts after {@code after}, in
   * contact order, at most {@code limit} rows (a contact's channels may run over into the next
   * page: see {@link fi.rekisteri.register.retention.RetentionService#lapseConsents}).
   */
  public List<Object[]> lapsingConsents(Instant givenBefore, UUID after, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        sql(LAPSING_CONSENTS + " ORDER BY p.contact_id, p.channel LIMIT :limit")
            .setParameter("cutoff", givenBefore)
            .setParameter("after", after)
            .setParameter("limit", limit)
            .getResultList();
    return rows;
  }

  public long countLapsingConsents(Instant givenBefore) {
    return count(
        sql("SELECT count(*) FROM (" + LAPSING_CONSENTS + ") q")
            .setParameter("cutoff", givenBefore)
            .setParameter("after", FIRST));
  }

  /** Records a lapse as a withdrawal in the history, by the register itself. */
  public void withdrawConsent(UUID contactId, String channel, Instant now) {
    sql("INSERT INTO preference_change (id, contact_id, kind, channel, granted, source_channel,"
            + " source_collected_at, recorded_at, recorded_by) VALUES (:id, :contact,"
            + " 'DIRECT_MARKETING_CONSENT', :channel, false, 'SYSTEM', :now, :now,"
            + " 'system:retention')")
        .setParameter("id", UUID.randomUUID())
        .setParameter("contact", contactId)
        .setParameter("channel", channel)
        .setParameter("now", now)
        .executeUpdate();
  }

  public long countSuppressions(Instant createdBefore) {
    return count(SUPPRESSIONS, createdBefore);
  }

  public long deleteSuppressions(Instant createdBefore) {
    return delete(SUPPRESSIONS, createdBefore);
  }

  public long countAuditEntries(Instant recordedBefore) {
    return count(AUDIT_ENTRIES, recordedBefore);
  }

  public long countDisclosures(Instant disclosedBefore, LocalDate vouchersFrom) {
    return count(
        sql("SELECT count(*) " + DISCLOSURES)
            .setParameter("cutoff", disclosedBefore)
            .setParameter("vouchersFrom", vouchersFrom));
  }

  /**
   * Deletes the rows disclosed before the cutoff, except those of invoices with a voucher dated on
   * or after {@code vouchersFrom}: that voucher is still kept.
   */
  public long deleteDisclosures(Instant disclosedBefore, LocalDate vouchersFrom) {
    return sql("DELETE " + DISCLOSURES)
        .setParameter("cutoff", disclosedBefore)
        .setParameter("vouchersFrom", vouchersFrom)
        .executeUpdate();
  }

  public List<RetentionRun> latestRuns(int limit) {
    return find("order by runDate desc, startedAt desc").page(0, limit).list();
  }

  private long count(String from, Instant cutoff) {
    return ((Number)
            sql("SELECT count(*) " + from).setParameter("cutoff", cutoff).getSingleResult())
        .longValue();
  }

  private long delete(String from, Instant cutoff) {
    return sql("DELETE " + from).setParameter("cutoff", cutoff).executeUpdate();
  }

  private Query sql(String sql) {
    return getEntityManager().createNativeQuery(sql);
  }

  private Query page(String query, UUID after, int limit) {
    return sql("SELECT q.id FROM (" + query + ") q WHERE q.id > :after ORDER BY q.id LIMIT :limit")
        .setParameter("after", after)
        .setParameter("limit", limit);
  }

  private Query countQuery(String query) {
    return sql("SELECT count(*) FROM (" + query + ") q");
  }

  private static long count(Query query) {
    return ((Number) query.getSingleResult()).longValue();
  }

  static UUID uuid(Object id) {
    return id instanceof UUID u ? u : UUID.fromString(id.toString());
  }

  @SuppressWarnings("unchecked")
  private static List<UUID> ids(Query query) {
    return ((List<Object>) query.getResultList()).stream().map(RetentionRepository::uuid).toList();
  }
}
