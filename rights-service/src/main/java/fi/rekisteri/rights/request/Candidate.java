package fi.rekisteri.rights.request;

import java.util.List;
import java.util.UUID;

/** A register subject that matched the requester's details. */
public record Candidate(
    UUID subjectId,
    String firstName,
    String lastName,
    String organisationName,
    List<String> matchedOn) {}
