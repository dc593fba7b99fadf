package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.common.Today;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Builds the DPO's views of a request: the full view with its timeline, and the list line. */
@ApplicationScoped
public class RequestMapper {

  private final RequestRepository repository;
  private final ReaderLanguage reader;
  private final Today today;

  public RequestMapper(RequestRepository repository, ReaderLanguage reader, Today today) {
    this.repository = repository;
    this.reader = reader;
    this.today = today;
  }

  /** The request as the DPO sees it today, written to the database first. */
  public RequestView flushed(DataSubjectRequest request) {
    repository.flush();
    return view(request, today.inHelsinki());
  }

  public RequestView view(DataSubjectRequest request, LocalDate today) {
    return view(request, today, repository.openNotifications(request.id()), reader.current());
  }

  /** The timeline's notes are worded in {@code language}, the caller's Accept-Language. */
  static RequestView view(
      DataSubjectRequest request, LocalDate today, long openNotifications, Language language) {
    RegisterWait wait = request.registerWait();
    return new RequestView(
        request.id(),
        request.type(),
        request.status(),
        request.channel(),
        request.origin(),
        request.receivedOn(),
        request.language(),
        request.requester().toSubject(),
        request.details(),
        request.objection().kind() == null
            ? null
            : new RequestView.Objection(
                request.objection().kind(), request.objection().situation()),
        request.deadline().dueDate(),
        request.deadline().targetDate(),
        request.isOverdue(today),
        extension(request.extension()),
        identity(request.identity()),
        new RequestView.Match(
            request.subjectMatch().state(),
            request.subjectId(),
            request.subjectMatch().candidates()),
        request.repeatWithin12Months(),
        request.hold().reason(),
        wait.action() == null
            ? null
            : new RequestView.Waiting(wait.action(), wait.retryCount(), wait.nextRetryAt()),
        request.resolution().outcome(),
        JsonText.read(request.resolution().result()),
        request.resolution().awaitingConfirmation(),
        request.resolution().confirmedAt(),
        request.resolution().packageJson() != null,
        request.restriction().inForce(),
        request.restriction().liftedAt(),
        request.restriction().liftOn(),
        openNotifications,
        request.deliveryFailedAt(),
        request.createdBy(),
        request.createdAt(),
        request.updatedAt(),
        request.closedAt(),
        request.version(),
        request.timeline().events().stream().map(event -> event.view(language)).toList());
  }

  private static RequestView.Extension extension(Extension extension) {
    return new RequestView.Extension(
        extension.extended(), extension.reason(), extension.extendedAt());
  }

  private static RequestView.Identity identity(IdentityCheck identity) {
    return new RequestView.Identity(
        identity.verified(),
        identity.method(),
        identity.note(),
        identity.verifiedAt(),
        identity.verifiedBy());
  }

  public static RequestSummary summary(DataSubjectRequest request, LocalDate today) {
    return new RequestSummary(
        request.id(),
        request.type(),
        request.status(),
        request.channel(),
        request.receivedOn(),
        request.deadline().dueDate(),
        request.deadline().targetDate(),
        request.isOverdue(today),
        request.extension().extended(),
        RequestStatus.BLOCKED.contains(request.status()),
        blockedBy(request),
        request.identity().verified(),
        request.subjectMatch().state(),
        request.repeatWithin12Months(),
        request.deliveryFailedAt(),
        request.createdAt(),
        request.closedAt());
  }

  private static String blockedBy(DataSubjectRequest request) {
    RequestStatus status = request.status();
    if (status == RequestStatus.WAITING_FOR_REGISTER) {
      return "register unavailable (" + request.registerWait().action() + ")";
    }
    if (status == RequestStatus.ON_HOLD) {
      return "on hold";
    }
    if (request.resolution().awaitingConfirmation()) {
      return "awaiting the register's confirmation";
    }
    if (status.isOpen() && !request.identity().verified()) {
      return "identity not verified";
    }
    if (status.isOpen()
        && request.subjectId() == null
        && (request.subjectMatch().state() == MatchState.SEVERAL
            || request.subjectMatch().state() == MatchState.ONE)) {
      return "the DPO chooses the register subject";
    }
    return null;
  }
}
