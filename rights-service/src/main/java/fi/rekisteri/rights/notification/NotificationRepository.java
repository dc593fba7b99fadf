package fi.rekisteri.rights.notification;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class NotificationRepository implements PanacheRepositoryBase<NotificationTask, UUID> {

  List<NotificationTask> ofRequest(UUID requestId) {
    return find("request.id", Sort.by("seq"), requestId).list();
  }

  Optional<NotificationTask> ofRequest(UUID requestId, UUID taskId) {
    return find(
            "request.id = :request and id = :id",
            Parameters.with("request", requestId).and("id", taskId))
        .firstResultOptional();
  }
}
