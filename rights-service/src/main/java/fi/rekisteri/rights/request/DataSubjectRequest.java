package fi.rekisteri.rights.request;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.deadline.Deadlines;
import fi.rekisteri.rights.letter.LetterContext;
import fi.rekisteri.rights.letter.LetterKind;
import fi.rekisteri.rights.letter.LetterText;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A data-subject request (R12-R21). Changed only through its own methods, each of which checks the
 * state machine and writes the step into the timeline.
 */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest {

  static final String SYSTEM = "system";

  @Id UUID id;

  @Enumerated(EnumType.STRING)
  RequestType type;

  @Enumerated(EnumType.STRING)
  RequestStatus status;

  @Enumerated(EnumType.STRING)
  Channel channel;

  @Enumerated(EnumType.STRING)
  Origin origin;

  @Column(name = "received_on")
  LocalDate receivedOn;

  String language;

  @Column(name = "subject_email")
  String subjectEmail;

  @Column(name = "subject_first_name")
  String subjectFirstName;

  @Column(name = "subject_last_name")
  String subjectLastName;

  @Column(name = "subject_phone")
  String subjectPhone;

  String details;

  @Enumerated(EnumType.STRING)
  @Column(name = "objection_kind")
  ObjectionKind objectionKind;

  @Column(name = "objection_situation")
  String objectionSituation;

  @Column(name = "due_date")
  LocalDate dueDate;

  @Column(name = "target_date")
  LocalDate targetDate;

  boolean extended;

  @Column(name = "extension_reason")
  String extensionReason;

  @Column(name = "extended_at")
  Instant extendedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "identity_method")
  IdentityMethod identityMethod;

  @Column(name = "identity_note")
  String identityNote;

  @Column(name = "identity_verified_at")
  Instant identityVerifiedAt;

  @Column(name = "identity_verified_by")
  String identityVerifiedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_state")
  MatchState matchState;

  @Column(name = "match_candidates")
  String matchCandidates;

  @Column(name = "subject_id")
  UUID subjectId;

  @Column(name = "repeat_within_12_months")
  boolean repeatWithin12Months;

  @Column(name = "hold_reason")
  String holdReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "resume_status")
  RequestStatus resumeStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "wait_resume_status")
  RequestStatus waitResumeStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "pending_action")
  PendingAction pendingAction;

  @Column(name = "pending_payload")
  String pendingPayload;

  @Column(name = "retry_count")
  int retryCount;

  @Column(name = "next_retry_at")
  Instant nextRetryAt;

  @Column(name = "executed_at")
  Instant executedAt;

  @Column(name = "awaiting_confirmation")
  boolean awaitingConfirmation;

  @Column(name = "confirmed_at")
  Instant confirmedAt;

  String outcome;
  String result;

  @Column(name = "package")
  String packageJson;

  boolean restricted;

  @Column(name = "restriction_lifted_at")
  Instant restrictionLiftedAt;

  @Column(name = "created_by")
  String createdBy;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  @Column(name = "closed_at")
  Instant closedAt;

  @Version long version;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("seq")
  List<RequestEvent> timeline = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("seq")
  List<Letter> letters = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("seq")
  List<NotificationTask> notifications = new ArrayList<>();

  protected DataSubjectRequest() {}

  public DataSubjectRequest(
      UUID id, NewRequest request, Deadlines deadlines, String actor, Instant now) {
    this.id = id;
    this.type = request.type();
    this.channel = request.channel();
    this.origin = request.origin();
    this.receivedOn = request.receivedOn();
    this.language = (request.language() == null ? Language.FI : request.language()).code();
    SubjectDetails subject = request.subject();
    this.subjectEmail = trimmed(subject.email());
    this.subjectFirstName = trimmed(subject.firstName());
    this.subjectLastName = trimmed(subject.lastName());
    this.subjectPhone = trimmed(subject.phone());
    this.details = request.details();
    if (type == RequestType.OBJECTION) {
      this.objectionKind =
          request.objectionKind() == null
              ? ObjectionKind.DIRECT_MARKETING
              : request.objectionKind();
      this.objectionSituation =
          SubjectDetails.blank(request.situation()) ? null : request.situation();
    }
    this.dueDate = deadlines.dueDate();
    this.targetDate = deadlines.targetDate();
    this.matchState = MatchState.NOT_SEARCHED;
    this.createdBy = actor;
    this.createdAt = now;
    this.updatedAt = now;
    this.status = RequestStatus.RECEIVED;
    event(
        actor,
        "RECEIVED",
        null,
        RequestStatus.RECEIVED,
        null,
        type + " request by " + channel + " (" + origin + "), received on " + receivedOn,
        now);
    if (request.verifiedBy() != null) {
      this.identityMethod = request.verifiedBy();
      this.identityNote = request.identityNote();
      this.identityVerifiedAt = now;
      this.identityVerifiedBy = actor;
      event(
          actor,
          "IDENTITY_VERIFIED",
          null,
          null,
          request.identityNote(),
          identityMethod.name(),
          now);
    }
  }

  // ---- reads

  public UUID id() {
    return id;
  }

  public RequestType type() {
    return type;
  }

  public RequestStatus status() {
    return status;
  }

  public Channel channel() {
    return channel;
  }

  public boolean repeatWithin12Months() {
    return repeatWithin12Months;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public LocalDate dueDate() {
    return dueDate;
  }

  public UUID subjectId() {
    return subjectId;
  }

  public MatchState matchState() {
    return matchState;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public PendingAction pendingAction() {
    return pendingAction;
  }

  public int retryCount() {
    return retryCount;
  }

  public String pendingPayload() {
    return pendingPayload;
  }

  public boolean awaitingConfirmation() {
    return awaitingConfirmation;
  }

  public boolean identityVerified() {
    return identityMethod != null;
  }

  public boolean executed() {
    return executedAt != null;
  }

  public boolean restricted() {
    return restricted;
  }

  public Language language() {
    return Language.of(language);
  }

  public ObjectionKind objectionKind() {
    return objectionKind;
  }

  public String objectionSituation() {
    return objectionSituation != null ? objectionSituation : details;
  }

  public String details() {
    return details;
  }

  public String result() {
    return result;
  }

  public String packageJson() {
    return packageJson;
  }

  public String email() {
    return subjectEmail;
  }

  public SubjectDetails subject() {
    return new SubjectDetails(subjectEmail, subjectFirstName, subjectLastName, subjectPhone);
  }

  List<Candidate> candidates() {
    Candidate[] parsed = JsonText.read(matchCandidates, Candidate[].class);
    return parsed == null ? List.of() : Arrays.asList(parsed);
  }

  public LetterContext letterContext() {
    return new LetterContext(
        language, id, type.name(), subjectFirstName, subjectLastName, receivedOn);
  }

  List<Letter> letters() {
    return letters;
  }

  List<NotificationTask> notifications() {
    return notifications;
  }

  public List<RequestEvent> timeline() {
    return timeline;
  }

  boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueDate.isBefore(today);
  }

  /** Refuses a stale write when the client sent the version it read (If-Match). */
  void requireVersion(Long expected) {
    if (expected != null && expected != version) {
      throw DomainException.staleVersion();
    }
  }

  // ---- transitions

  void flagRepeatAccess(String actor, Instant now) {
    if (repeatWithin12Months) {
      return;
    }
    repeatWithin12Months = true;
    updatedAt = now;
    event(
        actor,
        "REPEAT_ACCESS_FLAGGED",
        null,
        null,
        "A further access request by the same subject within 12 months (GDPR Art. 12(5));"
            + " flagged for the DPO, never billed automatically.",
        null,
        now);
  }

  void verifyIdentity(IdentityMethod method, String note, String actor, Instant now) {
    requireOpen();
    this.identityMethod = method;
    this.identityNote = note;
    this.identityVerifiedAt = now;
    this.identityVerifiedBy = actor;
    this.updatedAt = now;
    RequestStatus from = status;
    if (status == RequestStatus.RECEIVED || status == RequestStatus.AWAITING_IDENTITY) {
      RequestStateMachine.check(status, working());
      status = working();
    }
    event(
        actor, "IDENTITY_VERIFIED", from, from == status ? null : status, note, method.name(), now);
  }

  void awaitIdentity(String note, String actor, Instant now) {
    moveTo(RequestStatus.AWAITING_IDENTITY, "IDENTITY_REQUESTED", note, null, actor, now);
  }

  /** The DPO starts working on a request that is still only RECEIVED (or has its identity). */
  void startProcessing(String actor, Instant now) {
    if (status == RequestStatus.RECEIVED
        || (status == RequestStatus.AWAITING_IDENTITY && identityVerified())) {
      moveTo(working(), "PROCESSING_STARTED", null, null, actor, now);
    }
  }

  void requireExecutable() {
    requireOpen();
    if (status == RequestStatus.ON_HOLD) {
      throw DomainException.conflict("The request is on hold; resume it first.");
    }
    if (executedAt != null) {
      throw DomainException.conflict("The request has been executed already.");
    }
    if (!identityVerified()) {
      throw DomainException.conflict(
          "The requester's identity is not verified; record how with POST"
              + " /api/v1/requests/{id}/identity first.");
    }
  }

  void recordSearch(List<Candidate> found, String actor, Instant now) {
    requireOpen();
    if (executedAt != null) {
      throw DomainException.conflict("The request has been executed already.");
    }
    matchCandidates = JsonText.write(found);
    matchState =
        found.isEmpty() ? MatchState.NONE : found.size() == 1 ? MatchState.ONE : MatchState.SEVERAL;
    updatedAt = now;
    event(
        actor,
        "SUBJECT_SEARCHED",
        null,
        null,
        null,
        found.size() + " matching subject(s) in the register",
        now);
    if (found.size() == 1 && identifiedByContact(found.get(0))) {
      subjectId = found.get(0).subjectId();
      event(
          actor,
          "SUBJECT_SELECTED",
          null,
          null,
          "the only match, selected automatically",
          subjectId.toString(),
          now);
    } else if (found.size() == 1) {
      subjectId = null;
      event(
          actor,
          "SUBJECT_TO_CONFIRM",
          null,
          null,
          "the only match shares the name only; the DPO confirms it is the requester",
          null,
          now);
    } else if (subjectId != null
        && found.stream().noneMatch(c -> c.subjectId().equals(subjectId))) {
      subjectId = null;
    }
  }

  /** A match on email or phone identifies the person; a shared name alone does not. */
  private static boolean identifiedByContact(Candidate candidate) {
    List<String> on = candidate.matchedOn();
    return on == null || on.isEmpty() || on.contains("email") || on.contains("phone");
  }

  void chooseSubject(UUID chosen, String actor, Instant now) {
    requireOpen();
    if (executedAt != null) {
      throw DomainException.conflict("The request has been executed already.");
    }
    List<Candidate> candidates = candidates();
    boolean listed = candidates.stream().anyMatch(c -> c.subjectId().equals(chosen));
    if (!candidates.isEmpty() && !listed) {
      throw DomainException.invalidField(
          "subjectId", "choose one of the matching subjects listed in the request");
    }
    subjectId = chosen;
    updatedAt = now;
    event(
        actor,
        "SUBJECT_SELECTED",
        null,
        null,
        listed ? "chosen by the DPO among the matches" : "chosen by the DPO without a search match",
        chosen.toString(),
        now);
  }

  void extend(
      String reason,
      boolean allowedToday,
      LocalDate newDueDate,
      LetterText notice,
      String actor,
      Instant now) {
    requireOpen();
    if (reason == null || reason.isBlank()) {
      throw new DomainException(
          409,
          "Conflict",
          "An extension needs its reasons, which are told to the subject (GDPR Art. 12(3)).",
          "reason");
    }
    if (extended) {
      throw DomainException.conflict("The deadline has been extended once already.");
    }
    if (!allowedToday) {
      throw DomainException.conflict(
          "The first month from receipt has passed; the deadline can no longer be extended.");
    }
    extended = true;
    extensionReason = reason;
    extendedAt = now;
    LocalDate previous = dueDate;
    dueDate = newDueDate;
    String detail = "dueDate " + previous + " -> " + newDueDate;
    if (status == RequestStatus.RECEIVED || status == RequestStatus.IN_PROGRESS) {
      moveTo(RequestStatus.EXTENDED, "EXTENDED", reason, detail, actor, now);
    } else {
      updatedAt = now;
      event(actor, "EXTENDED", null, null, reason, detail, now);
      if (resumeStatus == RequestStatus.IN_PROGRESS || resumeStatus == RequestStatus.RECEIVED) {
        resumeStatus = RequestStatus.EXTENDED;
      }
      if (waitResumeStatus == RequestStatus.IN_PROGRESS) {
        waitResumeStatus = RequestStatus.EXTENDED;
      }
    }
    addLetter(notice, actor, now);
  }

  void hold(String reason, String actor, Instant now) {
    requireOpen();
    RequestStatus previous = status;
    moveTo(RequestStatus.ON_HOLD, "ON_HOLD", reason, null, actor, now);
    resumeStatus = previous;
    holdReason = reason;
  }

  void resume(String actor, Instant now) {
    if (status != RequestStatus.ON_HOLD) {
      throw DomainException.conflict(
          "Only a request ON_HOLD can be resumed; this one is " + status + ".");
    }
    RequestStatus target = resumeStatus == null ? working() : resumeStatus;
    moveTo(target, "RESUMED", null, null, actor, now);
    resumeStatus = null;
    holdReason = null;
    if (target == RequestStatus.WAITING_FOR_REGISTER) {
      nextRetryAt = now;
    }
  }

  void refuse(String reasons, LetterText letter, String actor, Instant now) {
    requireNotAwaitingConfirmation();
    moveTo(RequestStatus.REFUSED, "REFUSED", reasons, null, actor, now);
    outcome = "REFUSED";
    addLetter(letter, actor, now);
  }

  void withdraw(String reason, LetterText letter, String actor, Instant now) {
    requireNotAwaitingConfirmation();
    moveTo(RequestStatus.WITHDRAWN, "WITHDRAWN", reason, null, actor, now);
    outcome = "WITHDRAWN";
    addLetter(letter, actor, now);
  }

  /** Completed by the DPO, typically "no data held" when the register has no match. */
  void complete(String note, LetterText letter, String actor, Instant now) {
    requireNotAwaitingConfirmation();
    // with matches but none chosen, the DPO has judged that none of them is the requester
    moveTo(
        RequestStatus.COMPLETED,
        "COMPLETED",
        note,
        letter.kind() == LetterKind.NO_DATA_HELD ? "no data held" : null,
        actor,
        now);
    outcome = letter.kind() == LetterKind.NO_DATA_HELD ? "NO_DATA_HELD" : "COMPLETED";
    addLetter(letter, actor, now);
  }

  boolean noDataHeld() {
    return subjectId == null;
  }

  void waitForRegister(
      PendingAction action, String payload, Instant retryAt, String actor, Instant now) {
    boolean retry = pendingAction == action;
    pendingAction = action;
    pendingPayload = payload;
    nextRetryAt = retryAt;
    updatedAt = now;
    if (retry) {
      retryCount++;
      return;
    }
    retryCount = 0;
    if (status.isTerminal() || status == RequestStatus.WAITING_FOR_REGISTER) {
      // a follow-up of a closed request (lifting a restriction) waits without a status change
      event(actor, "REGISTER_UNAVAILABLE", null, null, "retried automatically", action.name(), now);
      return;
    }
    RequestStatus previous = status;
    moveTo(
        RequestStatus.WAITING_FOR_REGISTER,
        "REGISTER_UNAVAILABLE",
        "The register could not be reached; retried automatically.",
        action.name(),
        actor,
        now);
    waitResumeStatus = previous;
  }

  /** The register refused a call: recorded, and the request leaves WAITING_FOR_REGISTER. */
  void registerRefused(String operation, int httpStatus, String actor, Instant now) {
    registerAvailable(actor, now);
    updatedAt = now;
    event(
        actor,
        "REGISTER_REFUSED",
        null,
        null,
        null,
        operation + " answered with status " + httpStatus,
        now);
  }

  /** The register answered again: leave WAITING_FOR_REGISTER for the status before it. */
  void registerAvailable(String actor, Instant now) {
    if (status == RequestStatus.WAITING_FOR_REGISTER) {
      RequestStatus target = waitResumeStatus == null ? working() : waitResumeStatus;
      moveTo(target, "REGISTER_AVAILABLE", null, null, actor, now);
      waitResumeStatus = null;
    }
    clearPending();
  }

  void applyEffect(Effect effect, String actor, Instant now) {
    registerAvailable(actor, now);
    requireOpen();
    executedAt = now;
    outcome = effect.outcome();
    result = effect.resultJson();
    packageJson = effect.packageJson();
    if (effect.restricted() != null) {
      restricted = effect.restricted();
    }
    updatedAt = now;
    event(actor, "EXECUTED", null, null, null, effect.detail(), now);
    addNotifications(effect.recipients(), now, actor);
    if (effect.awaitsConfirmation()) {
      awaitingConfirmation = true;
      event(
          actor,
          "AWAITING_CONFIRMATION",
          null,
          null,
          "completed when the register's ContactErased event has been received",
          null,
          now);
      return;
    }
    addLetter(effect.letter(), actor, now);
    moveTo(effect.closeAs(), effect.closeAs().name(), null, null, actor, now);
  }

  void confirmErasure(RequestStatus closeAs, LetterText letter, String actor, Instant now) {
    if (!awaitingConfirmation) {
      return;
    }
    awaitingConfirmation = false;
    confirmedAt = now;
    event(
        actor,
        "ERASURE_CONFIRMED",
        null,
        null,
        "ContactErased event received from the register",
        null,
        now);
    addLetter(letter, actor, now);
    moveTo(closeAs, closeAs.name(), null, null, actor, now);
  }

  void noticeRestrictionLift(LetterText notice, String actor, Instant now) {
    if (type != RequestType.RESTRICTION || !restricted || executedAt == null) {
      throw DomainException.conflict(
          "Only an executed RESTRICTION request with the restriction in force can be lifted.");
    }
    if (pendingAction == PendingAction.LIFT_RESTRICTION) {
      return; // the notice was recorded already; the lift is retried
    }
    updatedAt = now;
    addLetter(notice, actor, now);
    event(
        actor,
        "RESTRICTION_LIFT_NOTIFIED",
        null,
        null,
        "the subject is told before the restriction is lifted (GDPR Art. 18(3))",
        null,
        now);
  }

  void restrictionLifted(String actor, Instant now) {
    clearPending();
    restricted = false;
    restrictionLiftedAt = now;
    updatedAt = now;
    event(actor, "RESTRICTION_LIFTED", null, null, null, null, now);
  }

  NotificationTask confirmNotification(UUID taskId, String note, String actor, Instant now) {
    NotificationTask task =
        notifications.stream()
            .filter(t -> t.id().equals(taskId))
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("notification task"));
    if (task.confirm(actor, note, now)) {
      updatedAt = now;
      event(actor, "RECIPIENT_NOTIFIED", null, null, note, task.recipientName(), now);
    }
    return task;
  }

  void recordPackageRead(String actor, String format, Instant now) {
    event(actor, "PACKAGE_READ", null, null, null, format, now);
  }

  // ---- views

  public RequestView view(LocalDate today) {
    return new RequestView(
        id,
        type,
        status,
        channel,
        origin,
        receivedOn,
        language(),
        subject(),
        details,
        objectionKind == null ? null : new RequestView.Objection(objectionKind, objectionSituation),
        dueDate,
        targetDate,
        isOverdue(today),
        new RequestView.Extension(extended, extensionReason, extendedAt),
        new RequestView.Identity(
            identityVerified(),
            identityMethod,
            identityNote,
            identityVerifiedAt,
            identityVerifiedBy),
        new RequestView.Match(matchState, subjectId, candidates()),
        repeatWithin12Months,
        holdReason,
        pendingAction == null
            ? null
            : new RequestView.Waiting(pendingAction, retryCount, nextRetryAt),
        outcome,
        resultNode(),
        awaitingConfirmation,
        confirmedAt,
        packageJson != null,
        restricted,
        restrictionLiftedAt,
        notifications.stream().filter(NotificationTask::isOpen).count(),
        createdBy,
        createdAt,
        updatedAt,
        closedAt,
        version,
        timeline.stream().map(RequestEvent::view).toList());
  }

  public RequestSummary summary(LocalDate today) {
    return new RequestSummary(
        id,
        type,
        status,
        channel,
        receivedOn,
        dueDate,
        targetDate,
        isOverdue(today),
        extended,
        RequestStatus.BLOCKED.contains(status),
        blockedBy(),
        identityVerified(),
        matchState,
        repeatWithin12Months,
        createdAt,
        closedAt);
  }

  public MyRequestView mine() {
    return new MyRequestView(
        id,
        type,
        status,
        channel,
        receivedOn,
        language(),
        details,
        dueDate,
        extended,
        extensionReason,
        outcome,
        packageJson != null,
        createdAt,
        closedAt,
        letters.stream().map(Letter::view).toList());
  }

  private String blockedBy() {
    if (status == RequestStatus.WAITING_FOR_REGISTER) {
      return "register unavailable (" + pendingAction + ")";
    }
    if (status == RequestStatus.ON_HOLD) {
      return "on hold";
    }
    if (awaitingConfirmation) {
      return "awaiting the register's confirmation";
    }
    if (status.isOpen() && !identityVerified()) {
      return "identity not verified";
    }
    if (status.isOpen()
        && subjectId == null
        && (matchState == MatchState.SEVERAL || matchState == MatchState.ONE)) {
      return "the DPO chooses the register subject";
    }
    return null;
  }

  private JsonNode resultNode() {
    return JsonText.read(result);
  }

  // ---- internals

  private RequestStatus working() {
    return extended ? RequestStatus.EXTENDED : RequestStatus.IN_PROGRESS;
  }

  private void requireOpen() {
    if (status.isTerminal()) {
      throw DomainException.conflict("The request is " + status + " and can no longer change.");
    }
  }

  private void requireNotAwaitingConfirmation() {
    if (awaitingConfirmation) {
      throw DomainException.conflict(
          "The register has executed the request; it completes when the register confirms it.");
    }
  }

  private void clearPending() {
    pendingAction = null;
    pendingPayload = null;
    nextRetryAt = null;
    retryCount = 0;
  }

  private void moveTo(
      RequestStatus to, String action, String reason, String detail, String actor, Instant now) {
    RequestStateMachine.check(status, to);
    RequestStatus from = status;
    status = to;
    updatedAt = now;
    if (to.isTerminal()) {
      closedAt = now;
      clearPending();
      holdReason = null;
    }
    event(actor, action, from, to, reason, detail, now);
  }

  private void addLetter(LetterText text, String actor, Instant now) {
    letters.add(new Letter(this, letters.size() + 1, text.kind(), language(), text, actor, now));
  }

  private void addNotifications(List<Effect.Recipient> recipients, Instant now, String actor) {
    if (recipients == null || recipients.isEmpty()) {
      return;
    }
    for (Effect.Recipient recipient : recipients) {
      notifications.add(
          new NotificationTask(
              this, notifications.size() + 1, recipient.name(), recipient.kind(), type, now));
    }
    event(
        actor,
        "NOTIFICATIONS_CREATED",
        null,
        null,
        "GDPR Art. 19: every recipient and processor is told",
        recipients.size() + " notification task(s)",
        now);
  }

  private void event(
      String actor,
      String action,
      RequestStatus from,
      RequestStatus to,
      String reason,
      String detail,
      Instant now) {
    timeline.add(
        new RequestEvent(this, timeline.size() + 1, now, actor, action, from, to, reason, detail));
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  @Override
  public String toString() {
    return "DataSubjectRequest[" + id + ", " + type + ", " + status + "]";
  }
}
