package fi.rekisteri.rights.accesspackage;

import fi.rekisteri.rights.common.Actors;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.RequestRepository;
import fi.rekisteri.rights.request.RequestService;
import fi.rekisteri.rights.request.TimelineAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** Reads a produced package for the DPO or its data subject; each read is in the timeline. */
@ApplicationScoped
public class PackageService {

  private final RequestService requests;
  private final RequestRepository repository;

  public PackageService(RequestService requests, RequestRepository repository) {
    this.requests = requests;
    this.repository = repository;
  }

  @Transactional
  public PackageContent packageOf(UUID id, String format, String actor) {
    return content(requests.find(id), format, actor);
  }

  @Transactional
  public PackageContent myPackage(UUID id, String email, String format) {
    return content(requests.own(id, email), format, Actors.DATA_SUBJECT);
  }

  private PackageContent content(DataSubjectRequest request, String format, String actor) {
    if (request.resolution().packageJson() == null) {
      throw DomainException.conflict(noPackage(request));
    }
    request.timeline().packageRead(actor, format, Instant.now());
    repository.flush();
    return new PackageContent(request.resolution().packageJson(), request.language());
  }

  private static String noPackage(DataSubjectRequest request) {
    if (request.type() != RequestType.ACCESS && request.type() != RequestType.PORTABILITY) {
      return "Only ACCESS and PORTABILITY requests produce a package.";
    }
    boolean deleted =
        request.timeline().events().stream()
            .anyMatch(step -> step.action() == TimelineAction.COPY_DELETED);
    return deleted
        ? "The stored copy has been deleted (the person's data was erased, or its retention"
            + " period ended); the timeline says when."
        : "The package is produced when the request is executed.";
  }
}
