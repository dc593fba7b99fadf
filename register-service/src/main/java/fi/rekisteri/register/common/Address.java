package fi.rekisteri.register.common;

import fi.rekisteri.register.validation.FinnishPostalCode;
import fi.rekisteri.register.validation.NoIdentityCode;
import jakarta.validation.constraints.Size;

/** A Finnish postal address. */
public record Address(
    @Size(max = 200) @NoIdentityCode String street,
    @FinnishPostalCode String postalCode,
    @Size(max = 100) @NoIdentityCode String city) {

  public static Address ofNullable(String street, String postalCode, String city) {
    return street == null && postalCode == null && city == null
        ? null
        : new Address(street, postalCode, city);
  }
}
