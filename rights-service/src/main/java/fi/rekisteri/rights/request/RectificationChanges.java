package fi.rekisteri.rights.request;

import fi.rekisteri.rights.register.RegisterApi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * The contact fields a rectification may change (the register's allow-list); any other field is
 * refused by the JSON reader. Null means "leave as is".
 */
public record RectificationChanges(
    @Size(min = 1, max = 100) String firstName,
    @Size(min = 1, max = 100) String lastName,
    @Size(max = 100) String title,
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$") @Size(max = 254) String email,
    @Pattern(regexp = "^\\+?[0-9][0-9 ()-]{4,38}$", message = "must be a phone number")
        String phone,
    @Valid PostalAddress postalAddress,
    @Valid PostalAddress billingAddress,
    @Size(max = 100) String worksite,
    @Size(max = 100) String caseNumber,
    @Size(max = 2000) String notes) {

  public record PostalAddress(
      @Size(max = 200) String street,
      @Pattern(regexp = "^[0-9]{5}$", message = "must be a Finnish postal code of five digits")
          String postalCode,
      @Size(max = 100) String city) {

    RegisterApi.Address toRegister() {
      return new RegisterApi.Address(street, postalCode, city);
    }
  }

  @AssertTrue(message = "name at least one field to change")
  boolean isFirstName() {
    return !fieldNames().isEmpty();
  }

  List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    add(names, "firstName", firstName);
    add(names, "lastName", lastName);
    add(names, "title", title);
    add(names, "email", email);
    add(names, "phone", phone);
    add(names, "postalAddress", postalAddress);
    add(names, "billingAddress", billingAddress);
    add(names, "worksite", worksite);
    add(names, "caseNumber", caseNumber);
    add(names, "notes", notes);
    return names;
  }

  public RegisterApi.Changes toRegister() {
    return new RegisterApi.Changes(
        firstName,
        lastName,
        title,
        email,
        phone,
        postalAddress == null ? null : postalAddress.toRegister(),
        billingAddress == null ? null : billingAddress.toRegister(),
        worksite,
        caseNumber,
        notes);
  }

  private static void add(List<String> names, String name, Object value) {
    if (value != null) {
      names.add(name);
    }
  }
}
