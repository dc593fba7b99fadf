package fi.rekisteri.register.disclosure;

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
    persist(new Disclosure(subjectId, recipient, kind, marketing, dataCategories, purpose, by));
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
