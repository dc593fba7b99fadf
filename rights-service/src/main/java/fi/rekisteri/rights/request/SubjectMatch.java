package fi.rekisteri.rights.request;

import fi.rekisteri.rights.common.DomainException;
import fi.rekisteri.rights.common.JsonText;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The register's contacts the requester may be: the last search's candidates and the one chosen as
 * the request's subject, if any.
 */
@Embeddable
public record SubjectMatch(
    @Enumerated(EnumType.STRING) @Column(name = "match_state") MatchState state,
    @Column(name = "match_candidates") String candidatesJson,
    @Column(name = "subject_id") UUID subjectId) {

  static final SubjectMatch NOT_SEARCHED = new SubjectMatch(MatchState.NOT_SEARCHED, null, null);

  public List<Candidate> candidates() {
    Candidate[] parsed = JsonText.read(candidatesJson, Candidate[].class);
    return parsed == null ? List.of() : Arrays.asList(parsed);
  }

  /** The candidate the search offered with this contact, or null. */
  Candidate offered(UUID contact) {
    return candidates().stream()
        .filter(c -> c.subjectId().equals(contact))
        .findFirst()
        .orElse(null);
  }

  /**
   * The only candidate found by an exact email or phone, or null: one such match identifies the
   * person; namesakes are listed for the DPO but never block it (README "Choices worth knowing").
   */
  static Candidate byContact(List<Candidate> found) {
    List<Candidate> byContact = found.stream().filter(Candidate::identifiesByContact).toList();
    return byContact.size() == 1 ? byContact.get(0) : null;
  }

  /**
   * After a search: the contact it identifies is the subject; a single match by name only is to be
   * confirmed; an earlier choice stays while the search still offers it.
   */
  SubjectMatch searched(List<Candidate> found) {
    Candidate identified = byContact(found);
    UUID subject;
    if (identified != null) {
      subject = identified.subjectId();
    } else if (found.size() == 1) {
      subject = null;
    } else {
      subject =
          subjectId != null && found.stream().anyMatch(c -> c.subjectId().equals(subjectId))
              ? subjectId
              : null;
    }
    MatchState searched = identified != null ? MatchState.ONE : MatchState.of(found.size());
    return new SubjectMatch(searched, JsonText.write(found), subject);
  }

  /** The DPO's choice, or a 422 naming why it cannot be the subject. */
  SubjectMatch chosen(UUID chosen, String reason, boolean selfService) {
    Candidate candidate = offered(chosen);
    if (selfService) {
      // the login's verified email is the request's email: only its own contact may be attached
      if (candidate == null || !candidate.matchedOn().contains("email")) {
        throw new DomainException(
            422,
            "Unprocessable Content",
            "A self-service request can only be attached to the contact whose email is the"
                + " login's verified email.",
            "subjectId");
      }
    } else if (candidate == null && (reason == null || reason.isBlank())) {
      throw new DomainException(
          422,
          "Unprocessable Content",
          "The match did not offer this contact: attaching it needs a written reason.",
          "reason");
    }
    return new SubjectMatch(state, candidatesJson, chosen);
  }
}
