package fi.rekisteri.register.subjectrights;

import fi.rekisteri.register.subjectrights.ErasureCodes.KeepingBasis;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeepingGround;
import fi.rekisteri.register.subjectrights.ErasureCodes.KeptCategory;
import fi.rekisteri.register.subjectrights.SubjectRightsRecords.Kept;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a partial erasure kept of one subject, why and until when (R16); the retention job erases
 * the part when the hold ends and deletes the row.
 */
@Entity
@Table(name = "erasure_hold")
public class ErasureHold {

  @Embeddable
  public record Key(
      @Column(name = "subject_id") UUID subjectId,
      @Enumerated(EnumType.STRING) @Column(name = "category") KeptCategory category)
      implements Serializable {}

  @EmbeddedId Key key;

  @Enumerated(EnumType.STRING)
  KeepingGround ground;

  @Enumerated(EnumType.STRING)
  @Column(name = "legal_basis")
  KeepingBasis legalBasis;

  /** Null: open-ended, while the condition lasts. */
  @Column(name = "until_date")
  LocalDate until;

  @Column(name = "created_at")
  Instant createdAt;

  @Column(name = "updated_at")
  Instant updatedAt;

  protected ErasureHold() {}

  ErasureHold(UUID subjectId, Kept kept) {
    this.key = new Key(subjectId, kept.category());
    this.createdAt = Instant.now();
    update(kept);
  }

  void update(Kept kept) {
    this.ground = kept.ground();
    this.legalBasis = kept.legalBasis();
    this.until = kept.until();
    this.updatedAt = Instant.now();
  }

  public KeptCategory category() {
    return key.category();
  }

  public Kept kept() {
    return new Kept(key.category(), ground, legalBasis, until);
  }
}
