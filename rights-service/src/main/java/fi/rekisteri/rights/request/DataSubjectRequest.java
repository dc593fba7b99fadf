package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.*;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.deadline.Deadlines;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterContext;
import fi.rekisteri.rights.letter.LetterKind;
import fi.rekisteri.rights.letter.LetterText;
import fi.rekisteri.rights.request.TimelineNote.Code;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.List;
import java.util.UUID;

/**
 * A data-subject request (R12-R21). Changed only through its own methods, each of which checks the
 * state machine and writes the step into the timeline. Column groups are embedded values that know
 * their own rules (null in an embedded field when all its columns are); the DPO's and the subject's
 * views are built outside, by {@link RequestMapper}.
 */
@Entity
@Table(name = "data_subject_request")
public class DataSubjectRequest {

  public static final String SYSTEM = "system";

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
  String details;

  @Column(name = "repeat_within_12_months")
  boolean repeatWithin12Months;

  /** When a message to the requester last failed; null once every message is sent. */
  @Column(name = "delivery_failed_at")
  Instant deliveryFailedAt;

  @Column(name = "created_by")
  String createdBy;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  @Column(name = "closed_at")
  Instant closedAt;

  @Version long version;

  @Embedded RequesterDetails requester;
  @Embedded ObjectionDetails objection;
  @Embedded Deadline deadline;
  @Embedded Extension extension;
  @Embedded IdentityCheck identity;
  @Embedded SubjectMatch subjectMatch;
  @Embedded Hold hold;
  @Embedded RegisterWait registerWait;
  @Embedded Resolution resolution;
  @Embedded Restriction restriction;

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("seq")
  List<RequestEvent> timeline = new ArrayList<>();

  @OneToMany(mappedBy = "request", cascade = CascadeType.ALL)
  @OrderBy("seq")
  List<Letter> letters = new ArrayList<>();

  protected DataSubjectRequest() {}

  public DataSubjectRequest(
      UUID id, NewRequest request, Deadlines deadlines, String actor, Instant now) {
    this.id = id;
    this.type = request.type();
    this.channel = request.channel();
    this.origin = request.origin();
    this.receivedOn = request.receivedOn();
    this.language = (request.language() == null ? Language.FI : request.language()).code();
    this.requester = RequesterDetails.of(request.subject());
    this.details = request.details();
    this.objection = type == RequestType.OBJECTION ? ObjectionDetails.of(request) : null;
    this.deadline = Deadline.of(deadlines);
    this.extension = Extension.NONE;
    this.registerWait = RegisterWait.NONE;
    this.subjectMatch = SubjectMatch.NOT_SEARCHED;
    this.resolution = Resolution.NONE;
    this.restriction = Restriction.NONE;
    this.createdBy = actor;
    this.createdAt = now;
    this.updatedAt = now;
    this.status = RequestStatus.RECEIVED;
    log(step(RECEIVED, actor, now).move(null, RequestStatus.RECEIVED).detail(received()));
    if (request.verifiedBy() != null) {
      identity = new IdentityCheck(request.verifiedBy(), request.identityNote(), now, actor);
      log(
          step(IDENTITY_VERIFIED, actor, now)
              .because(request.identityNote())
              .detail(Code.IDENTITY_METHOD, "method", request.verifiedBy()));
    }
  }

  private TimelineNote received() {
    return TimelineNote.of(
        Code.RECEIVED,
        "type",
        type,
        "channel",
        channel,
        "origin",
        origin,
        "receivedOn",
        receivedOn);
  }

  // ---- reads; a column group is never null

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

  public Origin origin() {
    return origin;
  }

  public LocalDate receivedOn() {
    return receivedOn;
  }

  public Language language() {
    return Language.of(language);
  }

  public String details() {
    return details;
  }

  public boolean repeatWithin12Months() {
    return repeatWithin12Months;
  }

  public Instant deliveryFailedAt() {
    return deliveryFailedAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public long version() {
    return version;
  }

  public RequesterDetails requester() {
    return requester == null ? new RequesterDetails(null, null, null, null) : requester;
  }

  public ObjectionDetails objection() {
    return objection == null ? ObjectionDetails.NONE : objection;
  }

  public Deadline deadline() {
    return deadline;
  }

  public Extension extension() {
    return extension == null ? Extension.NONE : extension;
  }

  public IdentityCheck identity() {
    return identity == null ? IdentityCheck.NONE : identity;
  }

  public SubjectMatch subjectMatch() {
    return subjectMatch == null ? SubjectMatch.NOT_SEARCHED : subjectMatch;
  }

  public Hold hold() {
    return hold == null ? Hold.NONE : hold;
  }

  public RegisterWait registerWait() {
    return registerWait == null ? RegisterWait.NONE : registerWait;
  }

  public Resolution resolution() {
    return resolution == null ? Resolution.NONE : resolution;
  }

  public Restriction restriction() {
    return restriction == null ? Restriction.NONE : restriction;
  }

  public List<RequestEvent> timeline() {
    return timeline;
  }

  public List<Letter> letters() {
    return letters;
  }

  // ---- reads of the column groups that most callers need

  public LocalDate dueDate() {
    return deadline.dueDate();
  }

  public UUID subjectId() {
    return subjectMatch().subjectId();
  }

  public String outcome() {
    return resolution().outcome();
  }

  public String packageJson() {
    return resolution().packageJson();
  }

  public String email() {
    return requester().email();
  }

  public SubjectDetails subject() {
    return requester().toSubject();
  }

  public ObjectionKind objectionKind() {
    return objection().kind();
  }

  /** The situation the objection states; the details when it was given there. */
  public String objectionSituation() {
    return objection().situation() != null ? objection().situation() : details;
  }

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && deadline.passed(today);
  }

  /** Refuses a stale write when the client sent the version it read (If-Match). */
  public void requireVersion(Long expected) {
    if (expected != null && expected != version) {
      throw DomainException.staleVersion();
    }
  }

  public LetterContext letterContext() {
    RequesterDetails who = requester();
    return new LetterContext(language, id, type, who.firstName(), who.lastName(), receivedOn);
  }

  // ---- identity and the register subject

  public void flagRepeat(String actor, Instant now) {
    if (repeatWithin12Months) {
      return;
    }
    repeatWithin12Months = true;
    updatedAt = now;
    log(
        type == RequestType.ACCESS
            ? step(REPEAT_ACCESS_FLAGGED, actor, now).because(Code.REPEAT_ACCESS)
            : step(REPEAT_REQUEST_FLAGGED, actor, now).because(Code.REPEAT_REQUEST));
  }

  void verifyIdentity(IdentityMethod method, String note, String actor, Instant now) {
    verifyIdentity(method, note, null, actor, now);
  }

  private void verifyIdentity(
      IdentityMethod method, String note, Code coded, String actor, Instant now) {
    requireOpen();
    identity = new IdentityCheck(method, note, now, actor);
    updatedAt = now;
    RequestStatus from = status;
    if (status == RequestStatus.RECEIVED || status == RequestStatus.AWAITING_IDENTITY) {
      RequestStateMachine.check(status, working());
      status = working();
    }
    TimelineStep step =
        step(IDENTITY_VERIFIED, actor, now)
            .move(from, from == status ? null : status)
            .detail(Code.IDENTITY_METHOD, "method", method);
    log(coded == null ? step.because(note) : step.because(coded));
  }

  /** The requester entered the one-time code sent to the email the register holds. */
  public void verifiedByCode(Instant now) {
    verifyIdentity(IdentityMethod.ONE_TIME_CODE, null, Code.ONE_TIME_CODE, SYSTEM, now);
  }

  void awaitIdentity(String note, String actor, Instant now) {
    moveTo(RequestStatus.AWAITING_IDENTITY, step(IDENTITY_REQUESTED, actor, now).because(note));
  }

  /** The DPO asks the requester to confirm her identity, by letter. */
  void awaitIdentity(String note, LetterText letter, String actor, Instant now) {
    awaitIdentity(note, actor, now);
    addLetter(letter, actor, now);
  }

  /** The DPO starts working on a request that is still only RECEIVED (or has its identity). */
  public void startProcessing(String actor, Instant now) {
    if (status == RequestStatus.RECEIVED
        || (status == RequestStatus.AWAITING_IDENTITY && identity().verified())) {
      moveTo(working(), step(PROCESSING_STARTED, actor, now));
    }
  }

  public void requireExecutable() {
    requireOpen();
    if (status == RequestStatus.ON_HOLD) {
      throw DomainException.conflict("The request is on hold; resume it first.");
    }
    resolution().requireNotExecuted();
    if (!identity().verified()) {
      throw DomainException.conflict(
          "The requester's identity is not verified; record how with POST"
              + " /api/v1/requests/{id}/identity first.");
    }
  }

  public void recordSearch(List<Candidate> found, String actor, Instant now) {
    requireOpen();
    resolution().requireNotExecuted();
    subjectMatch = subjectMatch().searched(found);
    updatedAt = now;
    log(step(SUBJECT_SEARCHED, actor, now).detail(Code.MATCHES, "count", found.size()));
    if (SubjectMatch.byContact(found) != null) {
      log(
          step(SUBJECT_SELECTED, actor, now)
              .because(Code.SELECTED_AUTOMATICALLY)
              .detail(subjectId().toString()));
    } else if (found.size() == 1) {
      log(step(SUBJECT_TO_CONFIRM, actor, now).because(Code.NAME_ONLY_MATCH));
    }
  }

  void chooseSubject(UUID chosen, String reason, String actor, Instant now) {
    requireOpen();
    resolution().requireNotExecuted();
    boolean offered = subjectMatch().offered(chosen) != null;
    subjectMatch = subjectMatch().chosen(chosen, reason, origin == Origin.SELF_SERVICE);
    updatedAt = now;
    TimelineStep step = step(SUBJECT_SELECTED, actor, now).detail(chosen.toString());
    log(
        offered
            ? step.because(Code.CHOSEN_AMONG)
            : step.because(Code.CHOSEN_WITHOUT, "text", reason.strip()));
  }

  // ---- deadline, hold and closing by the DPO

  void extend(
      String reason,
      boolean allowedToday,
      LocalDate newDueDate,
      LetterText notice,
      String actor,
      Instant now) {
    requireOpen();
    extension = extension().grant(reason, allowedToday, now);
    LocalDate previous = deadline.dueDate();
    deadline = deadline.movedTo(newDueDate);
    TimelineStep step =
        step(EXTENDED, actor, now)
            .because(reason)
            .detail(Code.DUE_DATE_MOVED, "from", previous, "to", newDueDate);
    if (status == RequestStatus.RECEIVED || status == RequestStatus.IN_PROGRESS) {
      moveTo(RequestStatus.EXTENDED, step);
    } else {
      updatedAt = now;
      log(step);
      hold = hold == null ? null : hold.extended();
      registerWait = registerWait().extended();
    }
    addLetter(notice, actor, now);
  }

  void hold(String reason, String actor, Instant now) {
    requireOpen();
    RequestStatus previous = status;
    moveTo(RequestStatus.ON_HOLD, step(ON_HOLD, actor, now).because(reason));
    hold = new Hold(reason, previous);
  }

  void resume(String actor, Instant now) {
    if (status != RequestStatus.ON_HOLD) {
      throw DomainException.conflict(
          "Only a request ON_HOLD can be resumed; this one is " + status + ".");
    }
    RequestStatus target = hold().resumeStatus() == null ? working() : hold().resumeStatus();
    moveTo(target, step(RESUMED, actor, now));
    hold = null;
    if (target == RequestStatus.WAITING_FOR_REGISTER) {
      registerWait = registerWait().retryNow(now);
    }
  }

  /** Refuses; with a ground of Art. 12(5) the outcome and the timeline name it. */
  void refuse(String reasons, RefusalGround ground, LetterText letter, String actor, Instant now) {
    TimelineStep step = step(REFUSED, actor, now).because(reasons);
    if (ground != null) {
      step = step.detail(Code.REFUSAL_GROUND, "ground", ground);
    }
    close(RequestStatus.REFUSED, ground == null ? "REFUSED" : ground.name(), step, letter);
  }

  public void withdraw(String reason, LetterText letter, String actor, Instant now) {
    close(
        RequestStatus.WITHDRAWN, "WITHDRAWN", step(WITHDRAWN, actor, now).because(reason), letter);
  }

  /** Completed by the DPO, typically "no data held" when the register has no match. */
  void complete(String note, LetterText letter, String actor, Instant now) {
    // with matches but none chosen, the DPO has judged that none of them is the requester
    boolean none = letter.kind() == LetterKind.NO_DATA_HELD;
    TimelineStep step = step(COMPLETED, actor, now).because(note);
    if (none) {
      step.detail(Code.NO_DATA_HELD);
    }
    close(RequestStatus.COMPLETED, none ? "NO_DATA_HELD" : "COMPLETED", step, letter);
  }

  private void close(RequestStatus to, String outcome, TimelineStep step, LetterText letter) {
    resolution().requireNotAwaitingConfirmation();
    moveTo(to, step);
    resolution = resolution().closedAs(outcome);
    addLetter(letter, step.actor, step.at);
  }

  // ---- the register

  public void waitForRegister(
      PendingAction action, String payload, Instant retryAt, String actor, Instant now) {
    updatedAt = now;
    if (registerWait().action() == action) {
      registerWait = registerWait().retried(payload, retryAt);
      return;
    }
    registerWait = registerWait().waiting(action, payload, retryAt);
    TimelineStep step =
        step(REGISTER_UNAVAILABLE, actor, now).detail(Code.PENDING_ACTION, "action", action);
    if (status.isTerminal() || status == RequestStatus.WAITING_FOR_REGISTER) {
      // a follow-up of a closed request (lifting a restriction) waits without a status change
      log(step.because(Code.RETRIED));
      return;
    }
    RequestStatus previous = status;
    moveTo(RequestStatus.WAITING_FOR_REGISTER, step.because(Code.REGISTER_DOWN));
    registerWait = registerWait().resumingAs(previous);
  }

  /** The register refused a call: recorded, and the request leaves WAITING_FOR_REGISTER. */
  public void registerRefused(String operation, int httpStatus, String actor, Instant now) {
    registerAvailable(actor, now);
    updatedAt = now;
    log(
        step(REGISTER_REFUSED, actor, now)
            .detail(Code.REGISTER_ANSWER, "operation", operation, "status", httpStatus));
  }

  /** The register answered again: leave WAITING_FOR_REGISTER for the status before it. */
  public void registerAvailable(String actor, Instant now) {
    if (status == RequestStatus.WAITING_FOR_REGISTER) {
      RequestStatus resume = registerWait().resumeStatus();
      moveTo(resume == null ? working() : resume, step(REGISTER_AVAILABLE, actor, now));
      registerWait = registerWait().resumingAs(null);
    }
    registerWait = registerWait().cleared();
  }

  public void applyEffect(Effect effect, String actor, Instant now) {
    registerAvailable(actor, now);
    requireOpen();
    resolution = resolution().executed(effect, now);
    if (effect.restricts()) {
      restriction = restriction().imposed();
    }
    updatedAt = now;
    log(step(EXECUTED, actor, now).detail(effect.detail()));
    if (effect.recipients() > 0) {
      log(
          step(NOTIFICATIONS_CREATED, actor, now)
              .because(Code.ART_19)
              .detail(Code.TASKS, "count", effect.recipients()));
    }
    if (effect instanceof Effect.Completing completing) {
      addLetter(completing.letter(), actor, now);
      moveTo(
          RequestStatus.COMPLETED,
          step(TimelineAction.closing(RequestStatus.COMPLETED), actor, now));
      return;
    }
    log(step(AWAITING_CONFIRMATION, actor, now).because(Code.AWAITS_EVENT));
  }

  public void confirmErasure(RequestStatus closeAs, LetterText letter, String actor, Instant now) {
    if (!resolution().awaitingConfirmation()) {
      return;
    }
    resolution = resolution().confirmed(now);
    log(step(ERASURE_CONFIRMED, actor, now).because(Code.EVENT_RECEIVED));
    addLetter(letter, actor, now);
    moveTo(closeAs, step(TimelineAction.closing(closeAs), actor, now));
  }

  public void noticeRestrictionLift(
      LetterText notice, LocalDate liftOn, String actor, Instant now) {
    // a RESTRICTION request, or an objection on grounds of a particular situation, restricts
    if (!(type == RequestType.RESTRICTION || type == RequestType.OBJECTION)
        || !restriction().inForce()
        || !resolution().executed()) {
      throw DomainException.conflict(
          "Only an executed RESTRICTION request, or an objection on grounds of a particular"
              + " situation, with the restriction in force can be lifted.");
    }
    if (registerWait().action() == PendingAction.LIFT_RESTRICTION
        || restriction().liftOn() != null) {
      return; // the notice was recorded already; the lift is scheduled or retried
    }
    updatedAt = now;
    restriction = restriction().liftOn(liftOn);
    addLetter(notice, actor, now);
    log(step(RESTRICTION_LIFT_NOTIFIED, actor, now).because(Code.ART_18_3));
  }

  public void restrictionLifted(String actor, Instant now) {
    registerWait = registerWait().cleared();
    restriction = restriction().lifted(now);
    updatedAt = now;
    log(step(RESTRICTION_LIFTED, actor, now));
  }

  // ---- recipients and packages

  /** A recipient or processor was told of the change (GDPR Art. 19). */
  public void recipientNotified(String recipient, String note, String actor, Instant now) {
    updatedAt = now;
    log(step(RECIPIENT_NOTIFIED, actor, now).because(note).detail(recipient));
  }

  public void recordPackageRead(String actor, String format, Instant now) {
    log(step(PACKAGE_READ, actor, now).detail(Code.PACKAGE_FORMAT, "format", format));
  }

  /**
   * Deletes the stored access or portability copy; the request and its letters stay, and the
   * timeline records the deletion. False when there was none.
   */
  public boolean deleteCopy(String actor, Code reason, Instant now) {
    if (packageJson() == null) {
      return false;
    }
    resolution = resolution().withoutCopy();
    updatedAt = now;
    log(step(TimelineAction.COPY_DELETED, actor, now).because(reason));
    return true;
  }

  // ---- email delivery of letters and identity codes (issue 22)

  public Letter letter(UUID letterId) {
    return letters.stream()
        .filter(letter -> letter.id().equals(letterId))
        .findFirst()
        .orElseThrow(() -> DomainException.notFound("letter"));
  }

  /**
   * A message's state on the timeline ({@code MAIL_QUEUED}, {@code MAIL_SENT}, {@code
   * MAIL_FAILED}); a failure stays on the queue's line until a message is sent again.
   */
  public void mailStep(
      TimelineAction action, TimelineNote what, String answer, String actor, Instant n) {
    if (action == MAIL_FAILED) {
      deliveryFailedAt = n;
    } else if (action == MAIL_SENT) {
      deliveryFailedAt = null;
    }
    updatedAt = n;
    log(step(action, actor, n).because(answer).detail(what));
  }

  // ---- an objection to direct marketing takes effect on receipt (R19)

  /** Whether the register is still to take the requester off its marketing lists. */
  public boolean marketingSuppressionDue() {
    return type == RequestType.OBJECTION
        && objectionKind() == ObjectionKind.DIRECT_MARKETING
        && status.isOpen()
        && !resolution().executed()
        && timeline.stream()
            .noneMatch(e -> e.action == MARKETING_SUPPRESSED || e.action == MARKETING_UNMATCHED);
  }

  /** The register took the only contact with the requester's email off every marketing list. */
  public void marketingSuppressed(String actor, Instant now) {
    updatedAt = now;
    log(step(MARKETING_SUPPRESSED, actor, now).because(Code.ART_21_3));
  }

  /** No single contact holds the requester's email; the DPO's match and execution decide. */
  public void marketingUnmatched(TimelineNote detail, String actor, Instant now) {
    updatedAt = now;
    log(step(MARKETING_UNMATCHED, actor, now).detail(detail));
  }

  /** The register was down at receipt: recorded once; the retry job asks again on every run. */
  public void marketingSuppressionWaits(String actor, Instant now) {
    boolean recorded =
        timeline.stream()
            .anyMatch(
                e ->
                    e.action == REGISTER_UNAVAILABLE
                        && e.detailNote() != null
                        && e.detailNote().code() == Code.SUPPRESS_MARKETING);
    if (!recorded) {
      updatedAt = now;
      log(
          step(REGISTER_UNAVAILABLE, actor, now)
              .because(Code.REGISTER_DOWN)
              .detail(Code.SUPPRESS_MARKETING));
    }
  }

  /** The DPO had a mention of the subject in another record redacted (issue 19, 4). */
  public void mentionRedacted(String mentionId, String actor, Instant now) {
    updatedAt = now;
    log(step(TimelineAction.MENTION_REDACTED, actor, now).detail(mentionId));
  }

  // ---- internals

  private RequestStatus working() {
    return extension().extended() ? RequestStatus.EXTENDED : RequestStatus.IN_PROGRESS;
  }

  private void requireOpen() {
    if (status.isTerminal()) {
      throw DomainException.conflict("The request is " + status + " and can no longer change.");
    }
  }

  /** Moves to {@code to} if the state machine allows it, and logs the step with the change. */
  private void moveTo(RequestStatus to, TimelineStep step) {
    RequestStateMachine.check(status, to);
    RequestStatus from = status;
    status = to;
    updatedAt = step.at;
    if (to.isTerminal()) {
      closedAt = step.at;
      registerWait = registerWait().cleared();
      hold = hold == null ? null : hold.withoutReason();
    }
    log(step.move(from, to));
  }

  private void addLetter(LetterText text, String actor, Instant now) {
    letters.add(new Letter(this, letters.size() + 1, text.kind(), language(), text, actor, now));
  }

  private static TimelineStep step(TimelineAction action, String actor, Instant now) {
    return TimelineStep.of(action, actor, now);
  }

  private void log(TimelineStep step) {
    timeline.add(new RequestEvent(this, timeline.size() + 1, step));
  }

  @Override
  public String toString() {
    return "DataSubjectRequest[" + id + ", " + type + ", " + status + "]";
  }
}
