package fi.rekisteri.register.contact;

import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.register.common.Address;
import fi.rekisteri.register.common.Source;
import fi.rekisteri.register.validation.PlausibleDate;
import fi.rekisteri.register.validation.ValidPhone;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** A contact person as the API accepts it; unknown fields are refused by the JSON reader. */
public record ContactRequest(
    @NotBlank @Size(max = 100) @NoIdentityCode String firstName,
    @NotBlank @Size(max = 100) @NoIdentityCode String lastName,
    @Size(max = 100) @NoIdentityCode String title,
    UUID organisationId,
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254) String email,
    @ValidPhone @Size(max = 40) String phone,
    @Valid Address postalAddress,
    @Valid Address billingAddress,
    @Size(max = 100) @NoIdentityCode String worksite,
    @Size(max = 100) @NoIdentityCode String caseNumber,
    @Size(max = 2000) @NoIdentityCode String notes,
    @PlausibleDate LocalDate relationshipStart,
    @PlausibleDate LocalDate relationshipEnd,
    @NotNull @Valid Source source) {

  @AssertTrue(message = "must not be before relationshipStart")
  boolean isRelationshipEnd() {
    return relationshipStart == null
        || relationshipEnd == null
        || !relationshipEnd.isBefore(relationshipStart);
  }

  @AssertTrue(message = "an email or a phone number is needed to reach the person")
  boolean isEmail() {
    return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
  }
}
