package fi.rekisteri.rights.selfservice;

import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.request.Language;
import fi.rekisteri.rights.request.ObjectionKind;
import fi.rekisteri.rights.request.SubjectDetails;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A request the data subject files through the self-service channel: the subject is the logged-in
 * person, the channel WEB and the receipt today.
 */
public record SelfServiceIntake(
    @NotNull RequestType type,
    Language language,
    @Size(max = 4000) @NoIdentityCode String details,
    ObjectionKind objectionKind,
    @Size(max = 4000) @NoIdentityCode String situation) {

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
