package fi.rekisteri.rights.fulfilment;

import fi.rekisteri.rights.notification.Recipient;
import fi.rekisteri.rights.register.ControllerProfile;
import java.util.List;

/** The recipients and processors the controller profile names, all told of a change. */
final class Recipients {

  private Recipients() {}

  static List<Recipient> of(ControllerProfile profile) {
    return Recipient.of(profile.recipients(), profile.processors());
  }
}
