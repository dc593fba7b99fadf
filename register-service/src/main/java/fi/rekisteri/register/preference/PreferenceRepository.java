package fi.rekisteri.register.preference;

import fi.rekisteri.register.contact.ContactDependants;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PreferenceRepository
    implements PanacheRepositoryBase<PreferenceChange, UUID>, ContactDependants {

  /** How many preference changes the contact has. */
  @Override
  public long countForContact(UUID contactId) {
    return count("contactId", contactId);
  }

  public List<PreferenceChange> history(UUID contactId) {
    return list("contactId", Sort.by("recordedAt").and("id"), contactId);
  }

  public long deleteForContact(UUID contactId) {
    return delete("contactId", contactId);
  }
}
