package fi.rekisteri.rights.request;

import fi.rekisteri.platform.validation.NoIdentityCode;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the request is about, as the requester gave it; held for the request only. */
public record SubjectDetails(
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254) String email,
    @Size(max = 100) @NoIdentityCode String firstName,
    @Size(max = 100) @NoIdentityCode String lastName,
    @Pattern(regexp = "^\\+?[0-9][0-9 ()-]{4,38}$", message = "must be a phone number")
        @Schema(maxLength = 40)
        String phone) {

  @AssertTrue(message = "an email, a phone number or the full name is needed to find the subject")
  boolean isEmail() {
    return !blank(email) || !blank(phone) || (!blank(firstName) && !blank(lastName));
  }

  public static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
