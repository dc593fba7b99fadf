package fi.rekisteri.register.disclosure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One disclosure of a subject's data to a recipient or processor (R20's ledger). */
@Entity
@Table(name = "disclosure")
public class Disclosure {

  @Id UUID id;

  @Column(name = "subject_id")
  UUID subjectId;

  String recipient;

  @Enumerated(EnumType.STRING)
  @Column(name = "recipient_kind")
  RecipientKind recipientKind;

  /** A marketing list: its processors are told of an objection to direct marketing. */
  boolean marketing;

  @Column(name = "data_categories")
  String dataCategories;

  String purpose;

  @Column(name = "disclosed_at")
  Instant disclosedAt;

  @Column(name = "disclosed_by")
  String disclosedBy;

  protected Disclosure() {}

  Disclosure(
      UUID subjectId,
      String recipient,
      RecipientKind recipientKind,
      boolean marketing,
      String dataCategories,
      String purpose,
      String by) {
    this.id = UUID.randomUUID();
    this.subjectId = subjectId;
    this.recipient = recipient;
    this.recipientKind = recipientKind;
    this.marketing = marketing;
    this.dataCategories = dataCategories;
    this.purpose = purpose;
    this.disclosedAt = Instant.now();
    this.disclosedBy = by;
  }

  public DisclosureView view() {
    return new DisclosureView(
        id, recipient, recipientKind, dataCategories, purpose, disclosedAt, disclosedBy);
  }

  @Override
  public String toString() {
    return "Disclosure[" + id + "]";
  }
}
