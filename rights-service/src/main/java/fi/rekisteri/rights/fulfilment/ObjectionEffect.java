package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterWriter;
import fi.rekisteri.rights.notification.Recipient;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.request.Effect;
import fi.rekisteri.rights.request.ObjectionKind;
import fi.rekisteri.rights.request.TimelineNote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Art. 21: the objection recorded in the register, to direct marketing or on a situation. */
@ApplicationScoped
class ObjectionEffect implements RegisterEffect {

  private final RegisterGateway register;
  private final LetterWriter letters;

  ObjectionEffect(RegisterGateway register, LetterWriter letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public RequestType type() {
    return RequestType.OBJECTION;
  }

  @Override
  public Called call(Plan plan, UUID subjectId) {
    ObjectionKind kind =
        plan.objectionKind() == null ? ObjectionKind.DIRECT_MARKETING : plan.objectionKind();
    String situation = kind == ObjectionKind.PARTICULAR_SITUATION ? plan.situation() : null;
    RegisterApi.ObjectionResult result =
        register.objection(subjectId, plan.id(), kind.name(), situation);
    // direct marketing: the processors that received a marketing list with the person stop
    // using it (R19, R20); a particular situation restricts processing, so every recipient in the
    // person's ledger is told of the restriction (Art. 19)
    List<Recipient> recipients =
        kind == ObjectionKind.DIRECT_MARKETING
            ? Recipients.marketingProcessors(register, subjectId)
            : Recipients.of(register, subjectId);
    return new Called(
        request ->
            new Effect.ObjectionRecorded(
                TimelineNote.of(TimelineNote.Code.OBJECTION_RECORDED, "kind", kind),
                JsonText.write(result),
                letters.objectionRecorded(
                    request.letterContext(), kind == ObjectionKind.DIRECT_MARKETING),
                recipients.size(),
                // Art. 21(1): processing stays restricted in the register until the controller
                // has weighed the situation; the DPO lifts it through this request (Art. 18(3))
                kind == ObjectionKind.PARTICULAR_SITUATION),
        recipients);
  }
}
