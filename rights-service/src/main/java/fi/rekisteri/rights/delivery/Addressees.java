package fi.rekisteri.rights.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.register.RegisterGateway;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Whom a message goes to: the email the register holds on the request's subject (read from the
 * register's internal export, outside any database transaction), or for a letter with no register
 * match the address the request came from. Never an address the requester typed for a code.
 */
@ApplicationScoped
class Addressees {

  /** The address and the name to greet; {@code name} null when none is known. */
  record Addressee(String email, String name) {}

  private final RegisterGateway register;

  Addressees(RegisterGateway register) {
    this.register = register;
  }

  /** The register's email of {@code subjectId}, or 422 naming {@code email} when it holds none. */
  Addressee held(UUID subjectId, UUID requestId) {
    if (subjectId == null) {
      throw noEmail();
    }
    JsonNode contact = register.export(subjectId, requestId).path("contact");
    String email = text(contact, "email");
    if (email == null) {
      throw noEmail();
    }
    return new Addressee(email, name(text(contact, "firstName"), text(contact, "lastName")));
  }

  /** For a letter: the register's email, else the request's own address, else 422. */
  Addressee forLetter(UUID subjectId, UUID requestId, String requestEmail, String requestName) {
    if (subjectId != null) {
      JsonNode contact = register.export(subjectId, requestId).path("contact");
      String email = text(contact, "email");
      if (email != null) {
        return new Addressee(email, name(text(contact, "firstName"), text(contact, "lastName")));
      }
    }
    if (requestEmail == null || requestEmail.isBlank()) {
      throw noEmail();
    }
    return new Addressee(requestEmail.strip(), requestName);
  }

  static String name(String first, String last) {
    String name = ((first == null ? "" : first) + " " + (last == null ? "" : last)).strip();
    return name.isEmpty() ? null : name;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
  }

  private static DomainException noEmail() {
    return new DomainException(
        422,
        "Unprocessable Content",
        "The register holds no email for the request's subject.",
        "email");
  }
}
