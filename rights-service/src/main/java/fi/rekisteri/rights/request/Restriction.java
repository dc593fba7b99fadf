package fi.rekisteri.rights.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Processing restricted in the register (GDPR Art. 18, or Art. 21(1) while a situation is weighed):
 * whether it is in force, the day its lift was told for (Art. 18(3)), and when it was lifted.
 */
@Embeddable
public record Restriction(
    @Column(name = "restricted") boolean inForce,
    @Column(name = "restriction_lifted_at") Instant liftedAt,
    @Column(name = "restriction_lift_on") LocalDate liftOn) {

  static final Restriction NONE = new Restriction(false, null, null);

  Restriction imposed() {
    return new Restriction(true, liftedAt, liftOn);
  }

  /** The Art. 18(3) notice told the subject the register lifts it on {@code day}, not before. */
  Restriction liftOn(LocalDate day) {
    return new Restriction(inForce, liftedAt, day);
  }

  Restriction lifted(Instant now) {
    return new Restriction(false, now, liftOn);
  }
}
