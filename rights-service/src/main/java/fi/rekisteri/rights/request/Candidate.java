package fi.rekisteri.rights.request;

import java.util.List;
import java.util.UUID;

/** A register subject that matched the requester's details. */
public record Candidate(
    UUID subjectId,
    String firstName,
    String lastName,
    String organisationName,
    List<String> matchedOn) {

  /** A match on email or phone identifies the person; a shared name alone does not. */
  boolean identifiesByContact() {
    return matchedOn == null
        || matchedOn.isEmpty()
        || matchedOn.contains("email")
        || matchedOn.contains("phone");
  }
}
