package fi.rekisteri.rights.request;

import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.rights.gdpr.RequestType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A request the DPO records from a letter, email, call, visit or web form (R12). */
public record RequestIntake(
    @NotNull RequestType type,
    @NotNull Channel channel,
    @NotNull @PastOrPresent(message = RequestIntake.RECEIVED_ON) LocalDate receivedOn,
    Language language,
    @NotNull @Valid SubjectDetails subject,
    @Size(max = 4000) @NoIdentityCode String details,
    ObjectionKind objectionKind,
    @Size(max = 4000) @NoIdentityCode String situation) {

  /** The request as the DPO recorded it. */
  NewRequest toNewRequest() {
    return new NewRequest(
        type,
        channel,
        Origin.DPO,
        receivedOn,
        language,
        subject,
        details,
        objectionKind,
        situation,
        null,
        null);
  }

  /** The day the GDPR applied (Art. 99(2)); no request under it can be older. */
  static final LocalDate GDPR_APPLIES = LocalDate.of(2018, 5, 25);

  static final String RECEIVED_ON = "must be between 2018-05-25, when the GDPR applied, and today";

  /** Not after today: {@code @PastOrPresent}, on the service's clock (common/Clocks). */
  @AssertTrue(message = RECEIVED_ON)
  boolean isReceivedOn() {
    return receivedOn == null || !receivedOn.isBefore(GDPR_APPLIES);
  }

  @AssertTrue(message = "only an OBJECTION has an objection kind")
  boolean isObjectionKind() {
    return objectionKind == null || type == null || type == RequestType.OBJECTION;
  }

  @AssertTrue(message = "an objection on grounds of a particular situation states the situation")
  boolean isSituation() {
    return objectionKind != ObjectionKind.PARTICULAR_SITUATION
        || !SubjectDetails.blank(situation)
        || !SubjectDetails.blank(details);
  }
}
