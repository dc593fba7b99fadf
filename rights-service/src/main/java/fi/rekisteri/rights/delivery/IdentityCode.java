package fi.rekisteri.rights.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The live one-time code of a request: its keyed hash, expiry and the wrong tries so far. */
@Entity
@Table(name = "identity_code")
class IdentityCode {

  @Id
  @Column(name = "request_id")
  UUID requestId;

  @Column(name = "code_hash")
  String codeHash;

  @Column(name = "expires_at")
  Instant expiresAt;

  int failures;

  @Column(name = "created_at")
  Instant createdAt;

  protected IdentityCode() {}

  IdentityCode(UUID requestId, String codeHash, Instant expiresAt, Instant now) {
    this.requestId = requestId;
    this.codeHash = codeHash;
    this.expiresAt = expiresAt;
    this.createdAt = now;
  }
}
