package fi.rekisteri.register.preference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PreferenceRepository implements PanacheRepositoryBase<PreferenceChange, UUID> {

  public List<PreferenceChange> history(UUID contactId) {
    return list("contactId", Sort.by("recordedAt").and("id"), contactId);
  }

  public long deleteForContact(UUID contactId) {
    return delete("contactId", contactId);
  }
}
