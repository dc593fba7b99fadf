package fi.rekisteri.register.controller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The one current controller profile row (id 1); the document is the JSON of the record. */
@Entity
@Table(name = "controller_profile")
public class ControllerProfileRecord {

  static final int SINGLETON = 1;

  @Id Integer id;

  @JdbcTypeCode(SqlTypes.JSON)
  String document;

  @Version long version;

  @Column(name = "updated_at")
  Instant updatedAt;

  @Column(name = "updated_by")
  String updatedBy;

  protected ControllerProfileRecord() {}

  ControllerProfileRecord(String document, String updatedBy) {
    this.id = SINGLETON;
    this.document = document;
    this.updatedAt = Instant.now();
    this.updatedBy = updatedBy;
  }

  void replace(String document, String updatedBy) {
    this.document = document;
    this.updatedAt = Instant.now();
    this.updatedBy = updatedBy;
  }

  @Override
  public String toString() {
    return "ControllerProfileRecord[" + version + "]";
  }
}
