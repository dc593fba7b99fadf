package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.subjectrights.ErasureCodes.KeptCategory;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ErasureHoldRepository implements PanacheRepositoryBase<ErasureHold, ErasureHold.Key> {

  public List<ErasureHold> forSubject(UUID subjectId) {
    return list("key.subjectId", subjectId);
  }

  /** Makes the stored holds of a subject exactly {@code kept}: updates, adds, deletes the rest. */
  public void store(UUID subjectId, List<Kept> kept) {
    Map<KeptCategory, ErasureHold> stored =
        forSubject(subjectId).stream()
            .collect(Collectors.toMap(ErasureHold::category, Function.identity()));
    for (Kept hold : kept) {
      ErasureHold existing = stored.remove(hold.category());
      if (existing == null) {
        persist(new ErasureHold(subjectId, hold));
      } else {
        existing.update(hold);
      }
    }
    stored.values().forEach(this::delete);
  }
}
