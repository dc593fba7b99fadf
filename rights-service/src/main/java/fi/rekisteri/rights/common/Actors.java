package fi.rekisteri.rights.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling: staff by their user name (the timeline records who did what); a data subject as
 * "data-subject" (their name stays out of the timeline) with the verified email of their login.
 */
@RequestScoped
public class Actors {

  public static final String DATA_SUBJECT = "data-subject";

  private final SecurityIdentity identity;
  private final JsonWebToken token;

  /** A subject known by the verified email of their login. */
  public record VerifiedSubject(String email, String firstName, String lastName) {}

  public Actors(SecurityIdentity identity, JsonWebToken token) {
    this.identity = identity;
    this.token = token;
  }

  public String staff() {
    String name = identity.getPrincipal() == null ? null : identity.getPrincipal().getName();
    return name == null || name.isBlank() ? "unknown" : name;
  }

  /** The login's email, only if the identity provider verified it. */
  public VerifiedSubject verifiedSubject() {
    Object email = token.getClaim("email");
    Object verified = token.getClaim("email_verified");
    String address = email == null ? null : unquoted(email.toString());
    if (address == null
        || address.isBlank()
        || verified == null
        || !"true".equals(unquoted(verified.toString()))) {
      throw new DomainException(
          403, "Forbidden", "A verified email address in your login is needed.", null);
    }
    return new VerifiedSubject(address, claim("given_name"), claim("family_name"));
  }

  public String verifiedEmail() {
    return verifiedSubject().email();
  }

  private String claim(String name) {
    Object value = token.getClaim(name);
    return value == null ? null : unquoted(value.toString());
  }

  private static String unquoted(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }
}
