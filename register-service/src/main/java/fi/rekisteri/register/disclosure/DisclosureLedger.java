package fi.rekisteri.register.disclosure;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Who received which data of a subject and when; Art. 19 notifications start from here. */
@ApplicationScoped
public class DisclosureLedger implements PanacheRepositoryBase<Disclosure, UUID> {

  @Transactional(Transactional.TxType.MANDATORY)
  public void record(
      UUID subjectId, String recipient, String dataCategories, String purpose, String by) {
    persist(new Disclosure(subjectId, recipient, dataCategories, purpose, by));
  }

  public List<DisclosureView> forSubject(UUID subjectId) {
    return list("subjectId", Sort.by("disclosedAt").and("id"), subjectId).stream()
        .map(Disclosure::view)
        .toList();
  }
}
