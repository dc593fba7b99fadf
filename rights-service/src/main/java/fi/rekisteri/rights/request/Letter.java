package fi.rekisteri.rights.request;

import fi.rekisteri.rights.letter.LetterKind;
import fi.rekisteri.rights.letter.LetterText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A letter to the requester, as written; never changed but for its delivery by email. */
@Entity
@Table(name = "letter")
public class Letter {

  @Id UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_id")
  DataSubjectRequest request;

  int seq;

  @Enumerated(EnumType.STRING)
  LetterKind kind;

  String language;
  String title;
  String body;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "created_by")
  String createdBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_state")
  DeliveryState deliveryState;

  @Column(name = "delivery_at")
  Instant deliveryAt;

  @Column(name = "delivery_answer")
  String deliveryAnswer;

  protected Letter() {}

  Letter(
      DataSubjectRequest request,
      int seq,
      LetterKind kind,
      Language language,
      LetterText text,
      String createdBy,
      Instant createdAt) {
    this.id = UUID.randomUUID();
    this.request = request;
    this.seq = seq;
    this.kind = kind;
    this.language = language.code();
    this.title = text.title();
    this.body = text.body();
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public LetterKind kind() {
    return kind;
  }

  public UUID id() {
    return id;
  }

  public DeliveryState deliveryState() {
    return deliveryState;
  }

  /** The delivery by email reached {@code state} at {@code at}; {@code answer} the relay's. */
  public void delivery(DeliveryState state, Instant at, String answer) {
    this.deliveryState = state;
    this.deliveryAt = at;
    this.deliveryAnswer = state == DeliveryState.FAILED ? answer : null;
  }

  public LetterView view() {
    return new LetterView(
        id,
        kind,
        Language.of(language),
        title,
        body,
        createdAt,
        createdBy,
        deliveryState == null
            ? null
            : new LetterView.Delivery(deliveryState, deliveryAt, deliveryAnswer));
  }

  @Override
  public String toString() {
    return "Letter[" + id + ", " + kind + "]";
  }
}
