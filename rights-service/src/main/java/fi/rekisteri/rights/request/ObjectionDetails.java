package fi.rekisteri.rights.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What an objection (GDPR Art. 21) objects to, and the situation it states; null otherwise. */
@Embeddable
public record ObjectionDetails(
    @Enumerated(EnumType.STRING) @Column(name = "objection_kind") ObjectionKind kind,
    @Column(name = "objection_situation") String situation) {

  static final ObjectionDetails NONE = new ObjectionDetails(null, null);

  /** An objection is to direct marketing unless it says otherwise. */
  static ObjectionDetails of(NewRequest request) {
    return new ObjectionDetails(
        request.objectionKind() == null ? ObjectionKind.DIRECT_MARKETING : request.objectionKind(),
        SubjectDetails.blank(request.situation()) ? null : request.situation());
  }

  /** The situation the objection states; {@code details} when it was given there. */
  public String situationOr(String details) {
    return situation != null ? situation : details;
  }
}
