package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterWriter;
import fi.rekisteri.rights.notification.Recipient;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.request.Effect;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Art. 18: processing restricted in the register until the DPO lifts it. */
@ApplicationScoped
class RestrictionEffect implements RegisterEffect {

  private final RegisterGateway register;
  private final LetterWriter letters;

  RestrictionEffect(RegisterGateway register, LetterWriter letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public RequestType type() {
    return RequestType.RESTRICTION;
  }

  @Override
  public Called call(Plan plan, UUID subjectId) {
    UUID id = plan.id();
    RegisterApi.RestrictionResult result =
        register.restrict(subjectId, id, "data-subject request " + id + " (GDPR Art. 18)");
    List<Recipient> recipients = Recipients.of(register, subjectId);
    return new Called(
        request ->
            new Effect.Restricted(
                JsonText.write(result),
                letters.restricted(request.letterContext()),
                recipients.size()),
        recipients);
  }
}
