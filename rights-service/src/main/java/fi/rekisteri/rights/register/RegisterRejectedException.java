package fi.rekisteri.rights.register;

import java.util.List;

/**
 * The register refused the call (4xx). {@code fields} names the offending fields of its problem
 * body; values are never copied.
 */
public class RegisterRejectedException extends RuntimeException {

  private final int status;
  private final String operation;
  private final List<String> fields;

  public RegisterRejectedException(int status, String operation, List<String> fields) {
    super("register refused " + operation + " with status " + status, null, false, false);
    this.status = status;
    this.operation = operation;
    this.fields = List.copyOf(fields);
  }

  public int status() {
    return status;
  }

  public String operation() {
    return operation;
  }

  public List<String> fields() {
    return fields;
  }
}
