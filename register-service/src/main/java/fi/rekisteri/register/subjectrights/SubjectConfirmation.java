package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.audit.AuditAction;
import fi.rekisteri.register.audit.AuditLog;
import fi.rekisteri.register.outbox.DomainEvent;
import fi.rekisteri.register.outbox.EventEnvelope;
import fi.rekisteri.register.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The end of a command on one subject: its event to the rights service through the outbox, then its
 * audit entry. Called inside the command's transaction.
 */
@ApplicationScoped
public class SubjectConfirmation {

  private static final String RESOURCE = "subject";

  private final Outbox outbox;
  private final AuditLog audit;

  public SubjectConfirmation(Outbox outbox, AuditLog audit) {
    this.outbox = outbox;
    this.audit = audit;
  }

  /** Publishes {@code event} on the subject and records {@code action} on it, in that order. */
  EventEnvelope confirm(UUID subjectId, DomainEvent event, AuditAction action) {
    EventEnvelope envelope = outbox.publish(subjectId, subjectId, event);
    audit.record(subjectId, action, RESOURCE);
    return envelope;
  }
}
