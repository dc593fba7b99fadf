package fi.rekisteri.register.organisation;

import fi.rekisteri.register.common.LikePatterns;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, UUID> {

  public Optional<Organisation> findByBusinessId(String businessId) {
    return find("businessId", businessId).firstResultOptional();
  }

  List<Organisation> page(UUID after, String name, int limit) {
    StringBuilder query = new StringBuilder("1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (after != null) {
      query.append(" and id > :after");
      params.put("after", after);
    }
    if (name != null && !name.isBlank()) {
      query.append(" and lower(name) like :name ").append(LikePatterns.ESCAPE);
      params.put("name", LikePatterns.contains(name));
    }
    return find(query.toString(), Sort.by("id"), params).page(0, limit + 1).list();
  }
}
