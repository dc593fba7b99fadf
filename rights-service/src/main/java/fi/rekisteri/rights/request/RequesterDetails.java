package fi.rekisteri.rights.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The requester's contact details as given at intake (the subject_* columns). */
@Embeddable
public record RequesterDetails(
    @Column(name = "subject_email") String email,
    @Column(name = "subject_first_name") String firstName,
    @Column(name = "subject_last_name") String lastName,
    @Column(name = "subject_phone") String phone) {

  static RequesterDetails of(SubjectDetails subject) {
    return new RequesterDetails(
        trimmed(subject.email()),
        trimmed(subject.firstName()),
        trimmed(subject.lastName()),
        trimmed(subject.phone()));
  }

  public SubjectDetails toSubject() {
    return new SubjectDetails(email, firstName, lastName, phone);
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
