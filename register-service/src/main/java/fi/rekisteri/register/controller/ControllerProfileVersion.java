package fi.rekisteri.register.controller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dated version of the profile: the privacy notice's change log (R2). */
@Entity
@Table(name = "controller_profile_version")
public class ControllerProfileVersion {

  @Id Integer number;

  @JdbcTypeCode(SqlTypes.JSON)
  String document;

  @Column(name = "change_note")
  String changeNote;

  @Column(name = "valid_from")
  Instant validFrom;

  @Column(name = "created_by")
  String createdBy;

  /** Announced by email to every eligible contact (docs/operations.md). */
  boolean significant;

  protected ControllerProfileVersion() {}

  ControllerProfileVersion(
      int number, String document, String changeNote, String createdBy, boolean significant) {
    this.number = number;
    this.significant = significant;
    this.document = document;
    this.changeNote = changeNote;
    this.validFrom = Instant.now();
    this.createdBy = createdBy;
  }

  VersionView view() {
    return new VersionView(number, validFrom, changeNote, significant);
  }

  /** {@code significant}: the change is announced by email to every eligible contact. */
  public record VersionView(
      int number, Instant validFrom, String changeNote, boolean significant) {}

  @Override
  public String toString() {
    return "ControllerProfileVersion[" + number + "]";
  }
}
