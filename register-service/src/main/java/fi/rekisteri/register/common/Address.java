package fi.rekisteri.register.common;

import fi.rekisteri.platform.validation.NoIdentityCode;
import fi.rekisteri.register.validation.FinnishPostalCode;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A Finnish postal address. */
public record Address(
    @Size(max = 200) @NoIdentityCode String street,
    @FinnishPostalCode @Schema(pattern = "[0-9]{5}", maxLength = 5) String postalCode,
    @Size(max = 100) @NoIdentityCode String city) {

  public static Address ofNullable(String street, String postalCode, String city) {
    return street == null && postalCode == null && city == null
        ? null
        : new Address(street, postalCode, city);
  }
}
