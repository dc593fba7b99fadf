package fi.rekisteri.rights.register;

/** The register could not be reached or failed (connection refused, timeout, 5xx): retry later. */
public class RegisterUnavailableException extends RuntimeException {

  private final String operation;

  public RegisterUnavailableException(String operation) {
    super("register unavailable during " + operation, null, false, false);
    this.operation = operation;
  }

  public String operation() {
    return operation;
  }
}
