package fi.rekisteri.rights.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** How and by whom the requester's identity was verified; all null while it is not. */
@Embeddable
public record IdentityCheck(
    @Enumerated(EnumType.STRING) @Column(name = "identity_method") IdentityMethod method,
    @Column(name = "identity_note") String note,
    @Column(name = "identity_verified_at") Instant verifiedAt,
    @Column(name = "identity_verified_by") String verifiedBy) {

  static final IdentityCheck NONE = new IdentityCheck(null, null, null, null);

  public boolean verified() {
    return method != null;
  }
}
