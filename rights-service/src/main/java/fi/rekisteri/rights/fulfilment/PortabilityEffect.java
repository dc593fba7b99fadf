package fi.rekisteri.rights.fulfilment;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.accesspackage.AccessPackages;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterWriter;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.request.Effect;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Art. 20: the data the subject provided, as JSON and CSV. */
@ApplicationScoped
class PortabilityEffect implements RegisterEffect {

  private final RegisterGateway register;
  private final LetterWriter letters;

  PortabilityEffect(RegisterGateway register, LetterWriter letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public RequestType type() {
    return RequestType.PORTABILITY;
  }

  @Override
  public Called call(Plan plan, UUID subjectId) {
    JsonNode export = register.export(subjectId, plan.id());
    return Called.untold(
        request ->
            new Effect.PortabilityProvided(
                JsonText.write(AccessPackages.portability(request, export, Instant.now())),
                letters.portabilityProvided(request.letterContext())));
  }
}
