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

  /**
   * The record type disclosed (INVOICES, INVOICES_IN_COLLECTION) and the record (the invoice), when
   * the row describes one: a row of an invoice is kept as long as its vouchers are (V22). Null for
   * lists and announcements.
   */
  @Column(name = "record_type")
  String recordType;

  @Column(name = "record_id")
  UUID recordId;

  protected Disclosure() {}

  Disclosure(
      UUID subjectId,
      String recipient,
      RecipientKind recipientKind,
      boolean marketing,
      String dataCategories,
      String purpose,
      String by,
      String recordType,
      UUID recordId) {
    this.id = UUID.randomUUID();
    this.recordType = recordType;
    this.recordId = recordId;
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
