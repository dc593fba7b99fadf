package fi.rekisteri.register.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * The person's objection (Art. 21), kept with the contact: to direct marketing (absolute, R19) or
 * on grounds relating to a particular situation, with that situation and when it was made.
 */
@Embeddable
public class ContactObjection {

  @Column(name = "objected_direct_marketing")
  boolean directMarketing;

  @Column(name = "objection_situation")
  String situation;

  @Column(name = "objected_at")
  Instant objectedAt;

  /** Art. 21(2)-(3): an objection to direct marketing, with the situation if one was given. */
  void toDirectMarketing(String situation, Instant now) {
    directMarketing = true;
    this.situation = situation;
    objectedAt = now;
  }

  /** Art. 21(1): the situation is recorded; it is not a direct-marketing objection. */
  void onParticularSituation(String situation, Instant now) {
    this.situation = situation;
    objectedAt = now;
  }

  /** The situation identifies the person: an erasure forgets it, the objection stays. */
  void forgetSituation() {
    situation = null;
  }

  boolean directMarketing() {
    return directMarketing;
  }

  ContactView.Objection view() {
    return new ContactView.Objection(directMarketing, situation, objectedAt);
  }
}
