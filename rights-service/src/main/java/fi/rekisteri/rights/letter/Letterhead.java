package fi.rekisteri.rights.letter;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.register.ControllerProfile;
import java.util.Optional;

/**
 * Who sends a letter: the controller (name, Y-tunnus, address) and who signs it, from the
 * register's controller profile (R1). The signer is the person in charge of register matters,
 * signing as the data protection officer only when the profile says one is designated (Art. 37).
 */
public record Letterhead(
    String legalName,
    String businessId,
    String address,
    String phone,
    String email,
    String signerName,
    String signerPhone,
    String signerEmail,
    boolean dataProtectionOfficer) {

  /** The letterhead of the profile, or empty while the register has no profile. */
  public static Optional<Letterhead> of(ControllerProfile profile) {
    JsonNode doc = profile == null ? null : profile.profile();
    if (doc == null || !doc.path("controller").hasNonNull("legalName")) {
      return Optional.empty();
    }
    JsonNode controller = doc.path("controller");
    JsonNode person = doc.path("personInCharge");
    return Optional.of(
        new Letterhead(
            text(controller, "legalName"),
            text(controller, "businessId"),
            text(controller, "address"),
            text(controller, "phone"),
            text(controller, "email"),
            text(person, "name"),
            text(person, "phone"),
            text(person, "email"),
            person.path("dataProtectionOfficer").asBoolean(false)));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank()
        ? null
        : value.asText().strip();
  }
}
