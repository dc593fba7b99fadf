package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.deadline.Deadlines;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterContext;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The columns of a data-subject request and their reads. Only {@link DataSubjectRequest} changes
 * them; the column groups are embedded values, null in an embedded field when all its columns are.
 */
@MappedSuperclass
public abstract class RequestColumns {

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

  @Embedded RequesterDetails requester;

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

  @Embedded Extension extension;

  @Embedded IdentityCheck identity;

  @Enumerated(EnumType.STRING)
  @Column(name = "match_state")
  MatchState matchState;

  @Column(name = "match_candidates")
  String matchCandidates;

  @Column(name = "subject_id")
  UUID subjectId;

  @Column(name = "repeat_within_12_months")
  boolean repeatWithin12Months;

  @Embedded Hold hold;

  @Embedded RegisterWait registerWait;

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

  /** The day the register lifts the restriction, told in the Art. 18(3) notice; not before. */
  @Column(name = "restriction_lift_on")
  java.time.LocalDate restrictionLiftOn;

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

  protected RequestColumns() {}

  RequestColumns(UUID id, NewRequest request, Deadlines deadlines, String actor, Instant now) {
    this.id = id;
    this.type = request.type();
    this.channel = request.channel();
    this.origin = request.origin();
    this.receivedOn = request.receivedOn();
    this.language = (request.language() == null ? Language.FI : request.language()).code();
    this.requester = RequesterDetails.of(request.subject());
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
    this.extension = Extension.NONE;
    this.registerWait = RegisterWait.NONE;
    this.matchState = MatchState.NOT_SEARCHED;
    this.createdBy = actor;
    this.createdAt = now;
    this.updatedAt = now;
    this.status = RequestStatus.RECEIVED;
  }

  // ---- the column groups, never null

  public RequesterDetails requester() {
    return requester == null ? new RequesterDetails(null, null, null, null) : requester;
  }

  public Extension extension() {
    return extension == null ? Extension.NONE : extension;
  }

  public IdentityCheck identity() {
    return identity == null ? IdentityCheck.NONE : identity;
  }

  public Hold hold() {
    return hold == null ? Hold.NONE : hold;
  }

  public RegisterWait registerWait() {
    return registerWait == null ? RegisterWait.NONE : registerWait;
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

  public Origin origin() {
    return origin;
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

  public LocalDate targetDate() {
    return targetDate;
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

  public PendingAction pendingAction() {
    return registerWait().action();
  }

  public int retryCount() {
    return registerWait().retryCount();
  }

  public String pendingPayload() {
    return registerWait().payload();
  }

  public boolean awaitingConfirmation() {
    return awaitingConfirmation;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public boolean identityVerified() {
    return identity().verified();
  }

  public boolean executed() {
    return executedAt != null;
  }

  public boolean restricted() {
    return restricted;
  }

  public Instant restrictionLiftedAt() {
    return restrictionLiftedAt;
  }

  public java.time.LocalDate restrictionLiftOn() {
    return restrictionLiftOn;
  }

  public Language language() {
    return Language.of(language);
  }

  public ObjectionKind objectionKind() {
    return objectionKind;
  }

  /** The situation the objection states; the details when it was given there. */
  public String objectionSituation() {
    return objectionSituation != null ? objectionSituation : details;
  }

  /** The situation column itself, as stored. */
  public String statedSituation() {
    return objectionSituation;
  }

  public String details() {
    return details;
  }

  public String outcome() {
    return outcome;
  }

  public String result() {
    return result;
  }

  public String packageJson() {
    return packageJson;
  }

  public Instant deliveryFailedAt() {
    return deliveryFailedAt;
  }

  public String email() {
    return requester().email();
  }

  public SubjectDetails subject() {
    return requester().toSubject();
  }

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueDate.isBefore(today);
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

  public List<Candidate> candidates() {
    Candidate[] parsed = JsonText.read(matchCandidates, Candidate[].class);
    return parsed == null ? List.of() : Arrays.asList(parsed);
  }

  public boolean noDataHeld() {
    return subjectId == null;
  }
}
