package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.TimelineAction.*;

import fi.rekisteri.rights.common.DomainException;
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
 * A data-subject request (R12-R21). Changed only through its own methods and those of its
 * collaborators ({@link #schedule()}, {@link #verification()}, {@link #subjectSearch()}, {@link
 * #register()}, {@link #execution()}, {@link #marketing()}), each of which checks the state machine
 * and writes the step into the {@link #timeline()}. Column groups are embedded values that know
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

  public RequestTimeline timeline() {
    return new RequestTimeline(this);
  }

  public RequestLetters letters() {
    return new RequestLetters(this);
  }

  public DirectMarketing marketing() {
    return new DirectMarketing(this);
  }

  public RegisterCalls register() {
    return new RegisterCalls(this);
  }

  public RequestExecution execution() {
    return new RequestExecution(this);
  }

  public IdentityVerification verification() {
    return new IdentityVerification(this);
  }

  public SubjectSearch subjectSearch() {
    return new SubjectSearch(this);
  }

  public RequestSchedule schedule() {
    return new RequestSchedule(this);
  }

  // ---- reads of the column groups that most callers need

  public UUID subjectId() {
    return subjectMatch().subjectId();
  }

  public String email() {
    return requester().email();
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

  // ---- closing by the DPO

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
    letters().add(letter, step.actor, step.at);
  }

  // ---- internals

  RequestStatus working() {
    return extension().extended() ? RequestStatus.EXTENDED : RequestStatus.IN_PROGRESS;
  }

  void requireOpen() {
    if (status.isTerminal()) {
      throw DomainException.conflict("The request is " + status + " and can no longer change.");
    }
  }

  /** Moves to {@code to} if the state machine allows it, and logs the step with the change. */
  void moveTo(RequestStatus to, TimelineStep step) {
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

  private static TimelineStep step(TimelineAction action, String actor, Instant now) {
    return TimelineStep.of(action, actor, now);
  }

  private void log(TimelineStep step) {
    timeline().log(step);
  }

  @Override
  public String toString() {
    return "DataSubjectRequest[" + id + ", " + type + ", " + status + "]";
  }
}
