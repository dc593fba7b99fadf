package fi.rekisteri.rights.fulfilment;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.accesspackage.AccessPackages;
import fi.rekisteri.rights.accesspackage.CopyRetention;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterWriter;
import fi.rekisteri.rights.register.ControllerProfile;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.request.Effect;
import fi.rekisteri.rights.request.RequestRepository;
import fi.rekisteri.rights.request.RequestRetention;
import fi.rekisteri.rights.request.TimelineNote;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/** Art. 15: the copy of the register's and this service's data, with the controller's facts. */
@ApplicationScoped
class AccessEffect implements RegisterEffect {

  private final RegisterGateway register;
  private final RequestRepository repository;
  private final LetterWriter letters;
  private final RequestRetention requestRetention;
  private final CopyRetention copyRetention;

  AccessEffect(
      RegisterGateway register,
      RequestRepository repository,
      LetterWriter letters,
      RequestRetention requestRetention,
      CopyRetention copyRetention) {
    this.register = register;
    this.repository = repository;
    this.letters = letters;
    this.requestRetention = requestRetention;
    this.copyRetention = copyRetention;
  }

  @Override
  public RequestType type() {
    return RequestType.ACCESS;
  }

  @Override
  public Called call(Plan plan, UUID subjectId) {
    JsonNode export = register.export(subjectId, plan.id());
    ControllerProfile profile = register.controllerProfile();
    return Called.untold(
        request -> {
          String pkg =
              JsonText.write(
                  AccessPackages.access(
                      request,
                      export,
                      profile,
                      repository.ofSubject(request.subjectId(), request.email()),
                      new AccessPackages.OwnRetention(
                          requestRetention.requestYears(), copyRetention.accessCopyDays()),
                      Instant.now()));
          return new Effect.AccessProvided(
              TimelineNote.of(
                  profile.fallback()
                      ? TimelineNote.Code.ACCESS_COPY_FALLBACK
                      : TimelineNote.Code.ACCESS_COPY),
              pkg,
              letters.accessProvided(request.letterContext()));
        });
  }
}
