package fi.rekisteri.rights.notification;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.RequestService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** GDPR Art. 19 (R20): one task per recipient and processor, confirmed by the DPO. */
@ApplicationScoped
public class NotificationService {

  private final NotificationRepository repository;
  private final RequestService requests;

  public NotificationService(NotificationRepository repository, RequestService requests) {
    this.repository = repository;
    this.requests = requests;
  }

  /** Creates the tasks of an executed request, in the caller's transaction. */
  public void create(DataSubjectRequest request, List<Recipient> recipients, Instant now) {
    int seq = repository.ofRequest(request.id()).size();
    for (Recipient recipient : recipients) {
      repository.persist(
          new NotificationTask(
              request, ++seq, recipient.name(), recipient.kind(), request.type(), now));
    }
  }

  /** The names of the recipients and processors the request's tasks tell, in task order. */
  public List<String> recipientNames(UUID requestId) {
    return repository.ofRequest(requestId).stream()
        .map(NotificationTask::recipientName)
        .distinct()
        .toList();
  }

  @Transactional
  public List<NotificationView> list(UUID id) {
    DataSubjectRequest request = requests.find(id);
    return repository.ofRequest(request.id()).stream().map(NotificationTask::view).toList();
  }

  @Transactional
  public NotificationView confirm(UUID id, UUID taskId, String note, String actor) {
    DataSubjectRequest request = requests.find(id);
    NotificationTask task =
        repository
            .ofRequest(request.id(), taskId)
            .orElseThrow(() -> DomainException.notFound("notification task"));
    Instant now = Instant.now();
    if (task.confirm(actor, note, now)) {
      request.timeline().recipientNotified(task.recipientName(), note, actor, now);
    }
    NotificationView view = task.view();
    repository.flush();
    return view;
  }
}
