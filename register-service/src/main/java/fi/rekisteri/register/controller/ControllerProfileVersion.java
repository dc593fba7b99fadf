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

  protected ControllerProfileVersion() {}

  ControllerProfileVersion(int number, String document, String changeNote, String createdBy) {
    this.number = number;
    this.document = document;
    this.changeNote = changeNote;
    this.validFrom = Instant.now();
    this.createdBy = createdBy;
  }

  VersionView view() {
    return new VersionView(number, validFrom, changeNote);
  }

  public record VersionView(int number, Instant validFrom, String changeNote) {}

  @Override
  public String toString() {
    return "ControllerProfileVersion[" + number + "]";
  }
}
