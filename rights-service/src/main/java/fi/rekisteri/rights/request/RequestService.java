package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.deadline.DeadlineCalculator;
import fi.rekisteri.rights.letter.LetterWriter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Intake, reads and the DPO's actions that do not call the register. Each public method is one
 * transaction; logs carry request ids, types and statuses only.
 */
@ApplicationScoped
public class RequestService {

  private static final Logger LOG = Logger.getLogger(RequestService.class);

  private final RequestRepository repository;
  private final DeadlineCalculator deadlines;
  private final LetterWriter letters;
  private final MeterRegistry registry;

  public RequestService(
      RequestRepository repository,
      DeadlineCalculator deadlines,
      LetterWriter letters,
      MeterRegistry registry) {
    this.repository = repository;
    this.deadlines = deadlines;
    this.letters = letters;
    this.registry = registry;
  }

  /** A subject known by the verified email of their login. */
  public record VerifiedSubject(String email, String firstName, String lastName) {}

  @Transactional
  public RequestView record(RequestIntake intake, String actor) {
    DataSubjectRequest request =
        create(
            new NewRequest(
                intake.type(),
                intake.channel(),
                Origin.DPO,
                intake.receivedOn(),
                intake.language(),
                intake.subject(),
                intake.details(),
                intake.objectionKind(),
                intake.situation(),
                null,
                null),
            actor);
    return request.view(Today.inHelsinki());
  }

  @Transactional
  public MyRequestView file(SelfServiceIntake intake, VerifiedSubject subject, String actor) {
    DataSubjectRequest request =
        create(
            new NewRequest(
                intake.type(),
                Channel.WEB,
                Origin.SELF_SERVICE,
                Today.inHelsinki(),
                intake.language(),
                new SubjectDetails(subject.email(), subject.firstName(), subject.lastName(), null),
                intake.details(),
                intake.objectionKind(),
                intake.situation(),
                IdentityMethod.TOKEN_EMAIL,
                "verified email of the self-service login"),
            actor);
    return request.mine();
  }

  private DataSubjectRequest create(NewRequest intake, String actor) {
    Instant now = Instant.now();
    DataSubjectRequest request =
        new DataSubjectRequest(
            UUID.randomUUID(), intake, deadlines.deadlinesFor(intake.receivedOn()), actor, now);
    flagRepeatAccess(repository, request, actor, now);
    repository.persist(request);
    registry
        .counter(
            "rights.requests.received",
            "type",
            intake.type().name(),
            "channel",
            intake.channel().name())
        .increment();
    LOG.infof("request %s received: %s via %s", request.id(), intake.type(), intake.channel());
    return request;
  }

  /** Art. 12(5): a repeat access request within 12 months is flagged for the DPO, never billed. */
  static void flagRepeatAccess(
      RequestRepository repository, DataSubjectRequest request, String actor, Instant now) {
    if (request.type() == RequestType.ACCESS
        && repository.hasEarlierAccess(
            request.id(), request.subjectId(), request.email(), request.receivedOn())) {
      request.flagRepeatAccess(actor, now);
    }
  }

  @Transactional
  public RequestView get(UUID id) {
    return find(id).view(Today.inHelsinki());
  }

  @Transactional
  public Page<RequestSummary> list(
      RequestStatus status,
      RequestType type,
      LocalDate dueBefore,
      boolean overdue,
      boolean blocked,
      String cursor,
      Integer limit) {
    int size = RequestCursor.limit(limit);
    LocalDate today = Today.inHelsinki();
    List<DataSubjectRequest> rows =
        repository.page(
            new RequestFilter(status, type, dueBefore, overdue, blocked, today),
            RequestCursor.decode(cursor),
            size);
    boolean more = rows.size() > size;
    List<DataSubjectRequest> shown = more ? rows.subList(0, size) : rows;
    String next = null;
    if (more) {
      DataSubjectRequest last = shown.get(shown.size() - 1);
      next = new RequestCursor(last.dueDate(), last.id()).encode();
    }
    return new Page<>(shown.stream().map(r -> r.summary(today)).toList(), next);
  }

  @Transactional
  public Figures figures() {
    return repository.figures(Today.inHelsinki());
  }

  @Transactional
  public RequestView verifyIdentity(
      UUID id, Long version, Actions.IdentityVerification body, String actor) {
    DataSubjectRequest request = find(id, version);
    request.verifyIdentity(body.method(), body.note(), actor, Instant.now());
    return flushed(request);
  }

  @Transactional
  public RequestView awaitIdentity(UUID id, Long version, String note, String actor) {
    DataSubjectRequest request = find(id, version);
    request.awaitIdentity(note, actor, Instant.now());
    return flushed(request);
  }

  @Transactional
  public RequestView chooseSubject(UUID id, Long version, UUID subjectId, String actor) {
    DataSubjectRequest request = find(id, version);
    Instant now = Instant.now();
    request.chooseSubject(subjectId, actor, now);
    flagRepeatAccess(repository, request, actor, now);
    return flushed(request);
  }

  @Transactional
  public RequestView extend(UUID id, Long version, String reason, String actor) {
    DataSubjectRequest request = find(id, version);
    LocalDate today = Today.inHelsinki();
    LocalDate extended = deadlines.extendedDueDate(request.receivedOn());
    request.extend(
        reason,
        deadlines.extensionAllowedOn(request.receivedOn(), today),
        extended,
        letters.extensionNotice(request.letterContext(), reason == null ? "" : reason, extended),
        actor,
        Instant.now());
    LOG.infof("request %s extended", id);
    return flushed(request);
  }

  @Transactional
  public RequestView hold(UUID id, Long version, String reason, String actor) {
    DataSubjectRequest request = find(id, version);
    request.hold(reason, actor, Instant.now());
    return flushed(request);
  }

  @Transactional
  public RequestView resume(UUID id, Long version, String actor) {
    DataSubjectRequest request = find(id, version);
    request.resume(actor, Instant.now());
    return flushed(request);
  }

  @Transactional
  public RequestView refuse(UUID id, Long version, String reasons, String actor) {
    DataSubjectRequest request = find(id, version);
    request.refuse(
        reasons, letters.refusal(request.letterContext(), reasons), actor, Instant.now());
    closed(request);
    return flushed(request);
  }

  @Transactional
  public RequestView complete(UUID id, Long version, String note, String actor) {
    DataSubjectRequest request = find(id, version);
    request.complete(
        note,
        request.noDataHeld()
            ? letters.noDataHeld(request.letterContext(), note)
            : letters.completed(request.letterContext(), note),
        actor,
        Instant.now());
    closed(request);
    return flushed(request);
  }

  @Transactional
  public RequestView withdraw(UUID id, Long version, String reason, String actor) {
    DataSubjectRequest request = find(id, version);
    withdraw(request, reason, actor);
    return flushed(request);
  }

  private void withdraw(DataSubjectRequest request, String reason, String actor) {
    request.withdraw(reason, letters.withdrawn(request.letterContext()), actor, Instant.now());
    closed(request);
  }

  @Transactional
  public List<LetterView> letters(UUID id) {
    return find(id).letters().stream().map(Letter::view).toList();
  }

  @Transactional
  public List<NotificationView> notifications(UUID id) {
    return find(id).notifications().stream().map(NotificationTask::view).toList();
  }

  @Transactional
  public NotificationView confirmNotification(UUID id, UUID taskId, String note, String actor) {
    DataSubjectRequest request = find(id);
    NotificationView view = request.confirmNotification(taskId, note, actor, Instant.now()).view();
    repository.flush();
    return view;
  }

  /** A produced package, as stored; reading it is recorded in the timeline. */
  public record PackageContent(String json, Language language) {}

  @Transactional
  public PackageContent packageOf(UUID id, String format, String actor) {
    return content(find(id), format, actor);
  }

  @Transactional
  public PackageContent myPackage(UUID id, String email, String format) {
    return content(own(id, email), format, Actors.DATA_SUBJECT);
  }

  private PackageContent content(DataSubjectRequest request, String format, String actor) {
    if (request.packageJson() == null) {
      throw DomainException.conflict(
          request.type() == RequestType.ACCESS || request.type() == RequestType.PORTABILITY
              ? "The package is produced when the request is executed."
              : "Only ACCESS and PORTABILITY requests produce a package.");
    }
    request.recordPackageRead(actor, format, Instant.now());
    repository.flush();
    return new PackageContent(request.packageJson(), request.language());
  }

  @Transactional
  public List<LetterView> myLetters(UUID id, String email) {
    return own(id, email).letters().stream().map(Letter::view).toList();
  }

  // ---- the data subject's own requests

  @Transactional
  public List<MyRequestView> mine(String email) {
    return repository.ofEmail(email).stream().map(DataSubjectRequest::mine).toList();
  }

  @Transactional
  public MyRequestView mine(UUID id, String email) {
    return own(id, email).mine();
  }

  @Transactional
  public MyRequestView withdrawMine(UUID id, String email, String reason, String actor) {
    DataSubjectRequest request = own(id, email);
    withdraw(request, reason, actor);
    repository.flush();
    return request.mine();
  }

  /** Another person's request is "not found": its existence is not disclosed. */
  DataSubjectRequest own(UUID id, String email) {
    DataSubjectRequest request = find(id);
    if (request.email() == null || !request.email().equalsIgnoreCase(email)) {
      throw DomainException.notFound("request");
    }
    return request;
  }

  DataSubjectRequest find(UUID id) {
    return repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("request"));
  }

  private DataSubjectRequest find(UUID id, Long version) {
    DataSubjectRequest request = find(id);
    request.requireVersion(version);
    return request;
  }

  private RequestView flushed(DataSubjectRequest request) {
    repository.flush();
    return request.view(Today.inHelsinki());
  }

  private void closed(DataSubjectRequest request) {
    registry
        .counter(
            "rights.requests.closed",
            "type",
            request.type().name(),
            "status",
            request.status().name())
        .increment();
    LOG.infof("request %s closed as %s", request.id(), request.status());
  }
}
