package fi.rekisteri.rights.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * This service's part of an erasure's proof, recorded when the erasure is confirmed: the places it
 * searched and what they still held then, as JSON. Places and counts only, no personal data.
 */
@Entity
@Table(name = "erasure_proof_part")
class ErasureProofPart {

  @Id
  @Column(name = "request_id")
  UUID requestId;

  /** JSON array of {@link ErasureProofView.Place}. */
  @Column(name = "checked", nullable = false)
  String checked;

  /** JSON array of {@link ErasureProofView.Remaining}. */
  @Column(name = "remaining", nullable = false)
  String remaining;

  @Column(name = "checked_at", nullable = false)
  Instant checkedAt;

  protected ErasureProofPart() {}

  ErasureProofPart(UUID requestId, String checked, String remaining, Instant checkedAt) {
    this.requestId = requestId;
    this.checked = checked;
    this.remaining = remaining;
    this.checkedAt = checkedAt;
  }
}
