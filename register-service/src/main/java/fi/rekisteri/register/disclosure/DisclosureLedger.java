package fi.rekisteri.register.disclosure;

import fi.rekisteri.register.common.DomainException;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who received which data of a subject and when; Art. 19 notifications start from here. */
@ApplicationScoped
public class DisclosureLedger implements PanacheRepositoryBase<Disclosure, UUID> {

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      UUID subjectId,
      String recipient,
      RecipientKind kind,
      boolean marketing,
      String dataCategories,
      String purpose,
      String by) {
    persist(
        new Disclosure(
            subjectId, recipient, kind, marketing, dataCategories, purpose, by, null, null));
  }

  /** A row that describes one record ({@code recordType}, {@code recordId}), e.g. an invoice. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void recordOf(
      UUID subjectId,
      Receiver receiver,
      String recordType,
      UUID recordId,
      String dataCategories,
      String purpose,
      String by) {
    persist(
        new Disclosure(
            subjectId,
            receiver.name(),
            receiver.kind(),
            false,
            dataCategories,
            purpose,
            by,
            recordType,
            recordId));
  }

  /**
   * One page of the subject's disclosures, oldest first (disclosedAt, then id): the {@code limit +
   * 1} rows after the disclosure {@code after}, whose time the keyset continues from.
   */
  List<Disclosure> page(UUID subjectId, UUID after, int limit) {
    Sort order = Sort.by("disclosedAt").and("id");
    if (after == null) {
      return find("subjectId = ?1", order, subjectId).page(0, limit + 1).list();
    }
    Disclosure last = findById(after);
    if (last == null || !last.subjectId.equals(subjectId)) {
      throw DomainException.invalidField("cursor", "not a cursor returned by this API");
    }
    return find(
            "subjectId = ?1 and (disclosedAt > ?2 or (disclosedAt = ?2 and id > ?3))",
            order,
            subjectId,
            last.disclosedAt,
            last.id)
        .page(0, limit + 1)
        .list();
  }

  public List<DisclosureView> forSubject(UUID subjectId) {
    return list("subjectId", Sort.by("disclosedAt").and("id"), subjectId).stream()
        .map(Disclosure::view)
        .toList();
  }

  /**
   * Each recipient of the subject's data once, in the order first disclosed to; a name that
   * received data both as a list's recipient and as a processor counts as the processor, and as a
   * marketing recipient if any of its disclosures was a marketing list.
   */
  public List<LedgerRecipient> recipientsOf(UUID subjectId) {
    Map<String, LedgerRecipient> distinct = new LinkedHashMap<>();
    for (Disclosure row : list("subjectId", Sort.by("disclosedAt").and("id"), subjectId)) {
      distinct.merge(
          row.recipient,
          new LedgerRecipient(row.recipient, row.recipientKind, row.marketing),
          LedgerRecipient::merge);
    }
    return new ArrayList<>(distinct.values());
  }
}
