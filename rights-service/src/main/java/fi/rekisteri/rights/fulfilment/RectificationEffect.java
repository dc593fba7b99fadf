package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.LetterWriter;
import fi.rekisteri.rights.notification.Recipient;
import fi.rekisteri.rights.register.RegisterApi;
import fi.rekisteri.rights.register.RegisterGateway;
import fi.rekisteri.rights.request.Effect;
import fi.rekisteri.rights.request.TimelineNote;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Art. 16: the named contact fields changed; recipients are told when anything changed. */
@ApplicationScoped
class RectificationEffect implements RegisterEffect {

  private final RegisterGateway register;
  private final LetterWriter letters;

  RectificationEffect(RegisterGateway register, LetterWriter letters) {
    this.register = register;
    this.letters = letters;
  }

  @Override
  public RequestType type() {
    return RequestType.RECTIFICATION;
  }

  @Override
  public Called call(Plan plan, UUID subjectId) {
    RegisterApi.RectifyResult result =
        register.rectify(subjectId, plan.id(), plan.changes().patch());
    List<String> changed =
        result.changedFields() == null ? List.of() : List.copyOf(result.changedFields());
    List<Recipient> recipients =
        changed.isEmpty()
            ? List.of()
            : java.util.stream.Stream.concat(
                    Recipients.of(register, subjectId).stream(),
                    RectificationSources.toTell(result).stream())
                .toList();
    return new Called(
        request ->
            new Effect.Rectified(
                changed.isEmpty()
                    ? TimelineNote.of(TimelineNote.Code.RECTIFIED_NONE)
                    : TimelineNote.of(
                        TimelineNote.Code.RECTIFIED_FIELDS, "fields", String.join(",", changed)),
                JsonText.write(result),
                letters.rectified(request.letterContext(), changed),
                recipients.size()),
        recipients);
  }
}
