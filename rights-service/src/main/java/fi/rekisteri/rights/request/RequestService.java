package fi.rekisteri.rights.request;

import fi.rekisteri.rights.audit.AuditLog;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.Today;
import fi.rekisteri.rights.deadline.DeadlineCalculator;
import fi.rekisteri.rights.letter.LetterWriter;
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
  private final RequestMetrics metrics;
  private final RequestMapper views;
  private final AuditLog audit;
  private final jakarta.enterprise.event.Event<IdentityVerifiedOtherwise> verifiedOtherwise;
  private final Today today;

  public RequestService(
      RequestRepository repository,
      DeadlineCalculator deadlines,
      LetterWriter letters,
      RequestMetrics metrics,
      RequestMapper views,
      AuditLog audit,
      jakarta.enterprise.event.Event<IdentityVerifiedOtherwise> verifiedOtherwise,
      Today today) {
    this.today = today;
    this.verifiedOtherwise = verifiedOtherwise;
    this.repository = repository;
    this.deadlines = deadlines;
    this.letters = letters;
    this.metrics = metrics;
    this.views = views;
    this.audit = audit;
  }

  @Transactional
  public RequestView record(RequestIntake intake, String actor) {
    DataSubjectRequest request = create(intake.toNewRequest(), actor);
    return views.view(request, today.inHelsinki());
  }

  /** Records a new request from either intake channel; the caller's transaction. */
  public DataSubjectRequest create(NewRequest intake, String actor) {
    Instant now = Instant.now();
    DataSubjectRequest request =
        intake.receive(UUID.randomUUID(), deadlines.deadlinesFor(intake.receivedOn()), actor, now);
    flagRepeat(repository, request, actor, now);
    repository.persist(request);
    metrics.received(request);
    return request;
  }

  /**
   * Art. 12(5): a further request of the same type by the same subject within 12 months is flagged
   * for the DPO, who may refuse it as excessive with reasons; never billed automatically.
   */
  public static void flagRepeat(
      RequestRepository repository, DataSubjectRequest request, String actor, Instant now) {
    if (repository.hasEarlierOfSameType(
        request.id(), request.type(), request.subjectId(), request.email(), request.receivedOn())) {
      request.flagRepeat(actor, now);
    }
  }

  @Transactional
  public RequestView get(UUID id) {
    return views.view(find(id), today.inHelsinki());
  }

  @Transactional
  public Page<RequestSummary> list(RequestFilter filter, String cursor, Integer limit) {
    int size = RequestCursor.limit(limit);
    List<DataSubjectRequest> rows = repository.page(filter, RequestCursor.decode(cursor), size);
    boolean more = rows.size() > size;
    List<DataSubjectRequest> shown = more ? rows.subList(0, size) : rows;
    String next = null;
    if (more) {
      DataSubjectRequest last = shown.get(shown.size() - 1);
      next = new RequestCursor(last.deadline().dueDate(), last.id()).encode();
    }
    return new Page<>(
        shown.stream().map(r -> RequestMapper.summary(r, filter.today())).toList(), next);
  }

  @Transactional
  public Figures figures() {
    return repository.figures(today.inHelsinki());
  }

  @Transactional
  public RequestView verifyIdentity(
      UUID id, Long version, Actions.IdentityVerification body, String actor) {
    if (body.method() == IdentityMethod.ONE_TIME_CODE) {
      // only the requester's entry of the code records this method (POST /api/v1/verifications)
      throw new DomainException(
          422,
          "Unprocessable Content",
          "ONE_TIME_CODE is recorded when the requester enters the code; send one with POST"
              + " /api/v1/requests/{id}/identity-code.",
          "method");
    }
    DataSubjectRequest request = find(id, version);
    request.verification().verify(body.method(), body.note(), actor, Instant.now());
    verifiedOtherwise.fire(new IdentityVerifiedOtherwise(id));
    return views.flushed(request);
  }

  @Transactional
  public RequestView awaitIdentity(UUID id, Long version, String note, String actor) {
    DataSubjectRequest request = find(id, version);
    request
        .verification()
        .await(note, letters.identityRequest(request.letterContext(), note), actor, Instant.now());
    return views.flushed(request);
  }

  @Transactional
  public RequestView chooseSubject(
      UUID id, Long version, UUID subjectId, String reason, String actor) {
    DataSubjectRequest request = find(id, version);
    Instant now = Instant.now();
    boolean offered = request.subjectMatch().offered(subjectId) != null;
    request.subjectSearch().choose(subjectId, reason, actor, now);
    if (!offered) {
      audit.recordAttachment(subjectId, id, reason);
    }
    flagRepeat(repository, request, actor, now);
    return views.flushed(request);
  }

  @Transactional
  public RequestView extend(UUID id, Long version, String reason, String actor) {
    DataSubjectRequest request = find(id, version);
    LocalDate extended = deadlines.extendedDueDate(request.receivedOn());
    request
        .schedule()
        .extend(
            reason,
            deadlines.extensionAllowedOn(request.receivedOn(), today.inHelsinki()),
            extended,
            letters.extensionNotice(
                request.letterContext(), reason == null ? "" : reason, extended),
            actor,
            Instant.now());
    LOG.infof("request %s extended", id);
    return views.flushed(request);
  }

  @Transactional
  public RequestView hold(UUID id, Long version, String reason, String actor) {
    DataSubjectRequest request = find(id, version);
    request.schedule().hold(reason, actor, Instant.now());
    return views.flushed(request);
  }

  @Transactional
  public RequestView resume(UUID id, Long version, String actor) {
    DataSubjectRequest request = find(id, version);
    request.schedule().resume(actor, Instant.now());
    return views.flushed(request);
  }

  @Transactional
  public RequestView refuse(
      UUID id, Long version, String reasons, RefusalGround ground, String actor) {
    DataSubjectRequest request = find(id, version);
    request.refuse(
        reasons,
        ground,
        letters.refusal(request.letterContext(), reasons, ground == null ? null : ground.name()),
        actor,
        Instant.now());
    metrics.closed(request, true);
    return views.flushed(request);
  }

  @Transactional
  public RequestView complete(UUID id, Long version, String note, String actor) {
    DataSubjectRequest request = find(id, version);
    request.complete(
        note,
        request.subjectId() == null
            ? letters.noDataHeld(request.letterContext(), note)
            : letters.completed(request.letterContext(), note),
        actor,
        Instant.now());
    metrics.closed(request, true);
    return views.flushed(request);
  }

  @Transactional
  public RequestView withdraw(UUID id, Long version, String reason, String actor) {
    DataSubjectRequest request = find(id, version);
    withdraw(request, reason, actor);
    return views.flushed(request);
  }

  /** Withdraws a request found in the caller's transaction. */
  public void withdraw(DataSubjectRequest request, String reason, String actor) {
    request.withdraw(reason, letters.withdrawn(request.letterContext()), actor, Instant.now());
    metrics.closed(request, true);
  }

  @Transactional
  public List<LetterView> letters(UUID id) {
    return find(id).letters().all().stream().map(Letter::view).toList();
  }

  @Transactional
  public LetterView letter(UUID id, UUID letterId) {
    return find(id).letters().all().stream()
        .map(Letter::view)
        .filter(letter -> letter.id().equals(letterId))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("letter"));
  }

  /** Another person's request is "not found": its existence is not disclosed. */
  public DataSubjectRequest own(UUID id, String email) {
    DataSubjectRequest request = find(id);
    if (request.email() == null || !request.email().equalsIgnoreCase(email)) {
      throw DomainException.notFound("request");
    }
    return request;
  }

  public DataSubjectRequest find(UUID id) {
    return repository.findByIdOptional(id).orElseThrow(() -> DomainException.notFound("request"));
  }

  private DataSubjectRequest find(UUID id, Long version) {
    DataSubjectRequest request = find(id);
    request.requireVersion(version);
    return request;
  }
}
