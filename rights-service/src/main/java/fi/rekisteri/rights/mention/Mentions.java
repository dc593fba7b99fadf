package fi.rekisteri.rights.mention;

import fi.rekisteri.rights.audit.AuditLog;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.register.RegisterRejectedException;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.RequestRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The request's subject's mentions in other records' free text, from the register, and the DPO's
 * confirmation that a mention found by name alone is hers and is to be redacted (audited, on the
 * request's timeline).
 */
@ApplicationScoped
public class Mentions {

  private final RequestRepository requests;
  private final RegisterGateway register;
  private final AuditLog audit;

  public Mentions(RequestRepository requests, RegisterGateway register, AuditLog audit) {
    this.requests = requests;
    this.register = register;
    this.audit = audit;
  }

  public MentionView list(UUID requestId) {
    UUID subjectId = subjectOf(requestId);
    List<MentionView.Item> items =
        call(() -> register.mentions(subjectId)).stream().map(MentionView.Item::of).toList();
    return new MentionView(requestId, subjectId, items);
  }

  @Transactional
  public MentionView.Item redact(UUID requestId, UUID mentionId, String actor) {
    DataSubjectRequest request = request(requestId);
    UUID subjectId = subject(request);
    MentionView.Item item =
        MentionView.Item.of(call(() -> register.redactMention(subjectId, mentionId, requestId)));
    request.timeline().mentionRedacted(mentionId.toString(), actor, Instant.now());
    audit.record(subjectId, "REDACT_MENTION", "mention:" + mentionId);
    return item;
  }

  private UUID subjectOf(UUID requestId) {
    return subject(request(requestId));
  }

  private DataSubjectRequest request(UUID requestId) {
    return requests
        .findByIdOptional(requestId)
        .orElseThrow(() -> DomainException.notFound("request"));
  }

  private static UUID subject(DataSubjectRequest request) {
    if (request.subjectId() == null) {
      throw DomainException.conflict(
          "The request has no subject in the register yet; its mentions follow the match.");
    }
    return request.subjectId();
  }

  private static <T> T call(Supplier<T> call) {
    try {
      return call.get();
    } catch (RegisterRejectedException e) {
      if (e.status() == 404) {
        throw DomainException.notFound("mention");
      }
      if (e.status() == 409) {
        throw DomainException.conflict(
            "The record is under an erasure hold or its text changed; the mention stays.");
      }
      // anything else, and the register being down, is a 500 (documented for every operation)
      throw e;
    }
  }
}
