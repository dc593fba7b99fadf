package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.notification.Recipient;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.request.Effect;
import fi.rekisteri.rights.request.TimelineNote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * Art. 17: the register erases what it may and keeps what the law requires; the request completes
 * when the register's ContactErased event arrives (see ErasureConfirmer).
 */
@ApplicationScoped
class ErasureEffect implements RegisterEffect {

  private final RegisterGateway register;

  ErasureEffect(RegisterGateway register) {
    this.register = register;
  }

  @Override
  public RequestType type() {
    return RequestType.ERASURE;
  }

  @Override
  public Called call(Plan plan, UUID subjectId) {
    // the ledger is read before the erasure, which may anonymise the subject
    List<Recipient> recipients = Recipients.of(register, subjectId);
    RegisterApi.EraseResult result = register.erase(subjectId, plan.id());
    int erased = result.erased() == null ? 0 : result.erased().size();
    int kept = result.kept() == null ? 0 : result.kept().size();
    return new Called(
        request ->
            new Effect.Erased(
                result.outcome() == null ? "ERASED" : result.outcome(),
                TimelineNote.of(TimelineNote.Code.ERASURE_COUNTS, "erased", erased, "kept", kept),
                JsonText.write(result),
                recipients.size(),
                result.restricted()),
        recipients);
  }
}
