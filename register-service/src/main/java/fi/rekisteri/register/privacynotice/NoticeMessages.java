package fi.rekisteri.register.privacynotice;

import fi.rekisteri.register.controller.ControllerProfile.LegalBasis;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the privacy notice, in {@code messages/notice_fi.properties} and {@code
 * messages/notice_en.properties}: the headings of the seed notices, the fixed texts (the data
 * subject's rights, the supervisory authority) and the words around the profile's own texts.
 */
@MessageBundle(value = "notice", locale = "fi")
public interface NoticeMessages {

  @Message
  String title();

  @Message
  String meta(int version, String validFrom);

  @Message
  String changesHeading();

  @Message
  String change(String date, int version, String note);

  @Message
  String headingController();

  @Message
  String headingContactPerson();

  @Message
  String headingRegisterName();

  @Message
  String headingPurposes();

  @Message
  String headingDataContent();

  @Message
  String headingSources();

  @Message
  String headingDisclosures();

  @Message
  String headingTransfers();

  @Message
  String headingRetention();

  @Message
  String headingSecurity();

  @Message
  String headingRights();

  @Message
  String headingComplaint();

  @Message
  String headingCookies();

  @Message
  String headingAutomatedDecisions();

  @Message
  String controller(String legalName, String businessId);

  @Message
  String processor(String name, String role, String country);

  @Message
  String basis(LegalBasis basis);

  @Message
  String rightOfAccess();

  @Message
  String rightToRectification();

  @Message
  String rightToErasure();

  @Message
  String rightToRestriction();

  @Message
  String rightToPortability();

  @Message
  String rightToObject();

  @Message
  String answerDeadline();

  @Message
  String authority();
}
