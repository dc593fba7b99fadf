package fi.rekisteri.register.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A recorded encounter with a contact (R5b). */
@Entity
@Table(name = "interaction")
public class Interaction {

  @Id UUID id;

  @Column(name = "contact_id")
  UUID contactId;

  @Enumerated(EnumType.STRING)
  InteractionKind kind;

  String channel;

  @Column(name = "occurred_at")
  Instant occurredAt;

  String handler;
  String summary;

  @Column(name = "created_at")
  Instant createdAt;

  protected Interaction() {}

  Interaction(UUID contactId, InteractionRequest request, String handler) {
    this.id = UUID.randomUUID();
    this.contactId = contactId;
    this.kind = request.kind();
    this.channel = request.channel().name();
    this.occurredAt = request.occurredAt();
    this.handler = handler;
    this.summary = request.summary();
    this.createdAt = Instant.now();
  }

  public UUID id() {
    return id;
  }

  public UUID contactId() {
    return contactId;
  }

  public void anonymise() {
    summary = null;
  }

  public InteractionView view() {
    return new InteractionView(id, contactId, kind, channel, occurredAt, handler, summary);
  }

  @Override
  public String toString() {
    return "Interaction[" + id + "]";
  }
}
