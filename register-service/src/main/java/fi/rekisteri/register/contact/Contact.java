package fi.rekisteri.register.contact;

import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.common.SourceChannel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;

/**
 * A contact person (R4). Mutated only through its own methods; toString carries no personal data.
 */
@Entity
@Table(name = "contact")
public class Contact {

  @Id UUID id;

  @Column(name = "first_name")
  String firstName;

  @Column(name = "last_name")
  String lastName;

  String title;

  @Column(name = "organisation_id")
  UUID organisationId;

  String email;
  String phone;

  @Column(name = "postal_street")
  String postalStreet;

  @Column(name = "postal_postal_code")
  String postalPostalCode;

  @Column(name = "postal_city")
  String postalCity;

  @Column(name = "billing_street")
  String billingStreet;

  @Column(name = "billing_postal_code")
  String billingPostalCode;

  @Column(name = "billing_city")
  String billingCity;

  String worksite;

  @Column(name = "case_number")
  String caseNumber;

  String notes;

  /** The subject's own statement on the accuracy of the data (Art. 16), kept with the contact. */
  @Column(name = "supplementary_statement")
  String supplementaryStatement;

  @Column(name = "relationship_start")
  LocalDate relationshipStart;

  @Column(name = "relationship_end")
  LocalDate relationshipEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "source_channel")
  SourceChannel sourceChannel;

  @Column(name = "source_collected_at")
  Instant sourceCollectedAt;

  /** Whether any cause restricts it: kept with the causes, for the queries that leave it out. */
  boolean restricted;

  /** Since when it has been restricted without a break. */
  @Column(name = "restricted_at")
  Instant restrictedAt;

  /** Each request, objection or hold that restricts it (Art. 18); restricted while any is left. */
  @ElementCollection
  @CollectionTable(
      name = "contact_restriction_cause",
      joinColumns = @JoinColumn(name = "contact_id"))
  @OrderBy("since, requestId")
  @BatchSize(size = 50)
  List<RestrictionRecord> restrictionCauses = new ArrayList<>();

  @Embedded ContactObjection objection = new ContactObjection();

  @Column(name = "erased_at")
  Instant erasedAt;

  /**
   * When an erasure reduced the record to what a hold keeps (accounting, an acting contact person's
   * role). The rest is erased as the holds end; no retention rule erases the record again.
   */
  @Column(name = "partially_erased_at")
  Instant partiallyErasedAt;

  @Version long version;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  protected Contact() {}

  Contact(UUID id, ContactRequest request, String normalisedPhone) {
    this.id = id;
    this.createdAt = Instant.now();
    apply(request, normalisedPhone);
  }

  /** Applies a full replacement and returns the names of the fields that changed. */
  List<String> apply(ContactRequest request, String normalisedPhone) {
    List<String> changed = new ArrayList<>();
    firstName = track(changed, "firstName", firstName, request.firstName());
    lastName = track(changed, "lastName", lastName, request.lastName());
    title = track(changed, "title", title, request.title());
    organisationId = track(changed, "organisationId", organisationId, request.organisationId());
    email = track(changed, "email", email, request.email());
    phone = track(changed, "phone", phone, normalisedPhone);
    applyAddresses(changed, request.postalAddress(), request.billingAddress());
    worksite = track(changed, "worksite", worksite, request.worksite());
    caseNumber = track(changed, "caseNumber", caseNumber, request.caseNumber());
    notes = track(changed, "notes", notes, request.notes());
    relationshipStart =
        track(changed, "relationshipStart", relationshipStart, request.relationshipStart());
    relationshipEnd = track(changed, "relationshipEnd", relationshipEnd, request.relationshipEnd());
    Source source = request.source();
    sourceChannel = track(changed, "source", sourceChannel, source.channel());
    sourceCollectedAt = track(changed, "source", sourceCollectedAt, source.collectedAt());
    updatedAt = Instant.now();
    return changed.stream().distinct().toList();
  }

  private void applyAddresses(List<String> changed, Address postal, Address billing) {
    postalStreet = track(changed, "postalAddress", postalStreet, part(postal, Address::street));
    postalPostalCode =
        track(changed, "postalAddress", postalPostalCode, part(postal, Address::postalCode));
    postalCity = track(changed, "postalAddress", postalCity, part(postal, Address::city));
    billingStreet = track(changed, "billingAddress", billingStreet, part(billing, Address::street));
    billingPostalCode =
        track(changed, "billingAddress", billingPostalCode, part(billing, Address::postalCode));
    billingCity = track(changed, "billingAddress", billingCity, part(billing, Address::city));
  }

  private static String part(Address address, Function<Address, String> part) {
    return address == null ? null : part.apply(address);
  }

  private static <T> T track(List<String> changed, String field, T before, T after) {
    if (!Objects.equals(before, after)) {
      changed.add(field);
    }
    return after;
  }

  /**
   * Restricts processing for one more cause: a request's or an objection's (by its request id,
   * once) or an erasure hold's (without one, once). Each cause is lifted on its own.
   */
  void restrict(String requestId, String reason, RestrictionCause cause) {
    boolean held =
        cause == RestrictionCause.ERASURE_HOLD
            ? restrictionCauses.stream().anyMatch(c -> c.kind == RestrictionCause.ERASURE_HOLD)
            : restrictionCauses.stream().anyMatch(c -> requestId.equals(c.requestId));
    if (held) {
      return;
    }
    Instant now = Instant.now();
    restrictionCauses.add(
        new RestrictionRecord(
            cause == RestrictionCause.ERASURE_HOLD ? null : requestId, cause, reason, now));
    if (!restricted) {
      restricted = true;
      restrictedAt = now;
    }
    updatedAt = now;
  }

  /**
   * Attaches, replaces or ({@code null}) removes the supplementary statement; true if it changed.
   */
  boolean attachStatement(String statement) {
    if (Objects.equals(supplementaryStatement, statement)) {
      return false;
    }
    supplementaryStatement = statement;
    updatedAt = Instant.now();
    return true;
  }

  /**
   * The cause the request holds: its own, or one restricted before causes were a set with no
   * request logged for it; none if the request restricts nothing here.
   */
  Optional<RestrictionRecord> causeOf(String requestId) {
    return restrictionCauses.stream()
        .filter(c -> requestId.equals(c.requestId))
        .findFirst()
        .or(
            () ->
                restrictionCauses.stream()
                    .filter(RestrictionRecord::migratedWithoutRequest)
                    .findFirst());
  }

  /** Lifts one cause; the contact stays restricted while another is left. */
  void lift(RestrictionRecord cause) {
    restrictionCauses.remove(cause);
    if (restrictionCauses.isEmpty()) {
      restricted = false;
      restrictedAt = null;
    }
    updatedAt = Instant.now();
  }

  /** The day the Art. 18(3) notice told the person this cause ends. */
  void scheduleLift(RestrictionRecord cause, LocalDate endsOn) {
    cause.endsOn = endsOn;
    updatedAt = Instant.now();
  }

  void objectToDirectMarketing(String situation) {
    updatedAt = Instant.now();
    objection.toDirectMarketing(situation, updatedAt);
  }

  /** Art. 21(1): the situation is recorded; it is not a direct-marketing objection. */
  void objectOnParticularSituation(String situation) {
    updatedAt = Instant.now();
    objection.onParticularSituation(situation, updatedAt);
  }

  /**
   * Replaces every identifying field by nothing; the row stays as an anonymous stub for the books.
   */
  void anonymise() {
    firstName = null;
    lastName = null;
    title = null;
    email = null;
    phone = null;
    clearPostalAddress();
    clearBillingAddress();
    clearFreeText();
    objection.forgetSituation();
    erasedAt = Instant.now();
    updatedAt = erasedAt;
  }

  /**
   * Erasure while invoices must be kept: only what an accounting voucher needs stays (name and
   * billing address), restricted.
   */
  void reduceToAccountingMinimum(String reason) {
    title = null;
    email = null;
    phone = null;
    clearPostalAddress();
    clearFreeText();
    objection.forgetSituation();
    markPartiallyErased();
    restrict(null, reason, RestrictionCause.ERASURE_HOLD);
  }

  /** Erasure of a person still acting as an organisation's contact: the role data stays. */
  void reduceToRoleData() {
    clearPostalAddress();
    clearBillingAddress();
    clearFreeText();
    markPartiallyErased();
    updatedAt = Instant.now();
  }

  private void clearPostalAddress() {
    postalStreet = null;
    postalPostalCode = null;
    postalCity = null;
  }

  private void clearBillingAddress() {
    billingStreet = null;
    billingPostalCode = null;
    billingCity = null;
  }

  /** The worksite, case number, notes and the subject's own statement. */
  private void clearFreeText() {
    worksite = null;
    caseNumber = null;
    notes = null;
    supplementaryStatement = null;
  }

  private void markPartiallyErased() {
    if (partiallyErasedAt == null) {
      partiallyErasedAt = Instant.now();
    }
  }

  public UUID id() {
    return id;
  }

  /** What identifies the person, as stored; for the proof of erasure, read before the erasure. */
  public ContactIdentifiers identifiers() {
    return ContactViews.identifiers(this);
  }

  public String email() {
    return email;
  }

  public UUID organisationId() {
    return organisationId;
  }

  /** Where the contact's data came from (R6), for telling a third-party source of a correction. */
  public SourceChannel sourceChannel() {
    return sourceChannel;
  }

  public boolean restricted() {
    return restricted;
  }

  /** Why it is restricted: each cause, oldest first; empty when it is not. */
  public List<RestrictionRecord> restrictionCauses() {
    return List.copyOf(restrictionCauses);
  }

  public boolean objectedDirectMarketing() {
    return objection.directMarketing();
  }

  public boolean erased() {
    return erasedAt != null;
  }

  public Instant erasedAt() {
    return erasedAt;
  }

  public LocalDate relationshipStart() {
    return relationshipStart;
  }

  public LocalDate relationshipEnd() {
    return relationshipEnd;
  }

  public long version() {
    return version;
  }

  public ContactView view(String suppression) {
    return view(suppression, false);
  }

  /**
   * The contact; {@code withCauses}: with each cause of its restriction, for those who handle the
   * data subject's requests (null to others).
   */
  public ContactView view(String suppression, boolean withCauses) {
    return ContactViews.view(this, suppression, withCauses);
  }

  @Override
  public String toString() {
    return "Contact[" + id + "]";
  }
}
