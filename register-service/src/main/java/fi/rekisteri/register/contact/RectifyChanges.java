package fi.rekisteri.register.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.rekisteri.register.common.Address;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * The fields a rectification may change (an allow-list by construction: any other field is an
 * unknown JSON property and refused). Null means unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RectifyChanges(
    @Size(max = 100) String firstName,
    @Size(max = 100) String lastName,
    @Size(max = 100) String title,
    @Size(max = 254) String email,
    @Size(max = 40) String phone,
    @Valid Address postalAddress,
    @Valid Address billingAddress,
    @Size(max = 100) String worksite,
    @Size(max = 100) String caseNumber,
    @Size(max = 2000) String notes) {

  ContactRequest applyTo(ContactRequest current) {
    return new ContactRequest(
        firstName != null ? firstName : current.firstName(),
        lastName != null ? lastName : current.lastName(),
        title != null ? title : current.title(),
        current.organisationId(),
        email != null ? email : current.email(),
        phone != null ? phone : current.phone(),
        postalAddress != null ? postalAddress : current.postalAddress(),
        billingAddress != null ? billingAddress : current.billingAddress(),
        worksite != null ? worksite : current.worksite(),
        caseNumber != null ? caseNumber : current.caseNumber(),
        notes != null ? notes : current.notes(),
        current.relationshipStart(),
        current.relationshipEnd(),
        current.source());
  }
}
