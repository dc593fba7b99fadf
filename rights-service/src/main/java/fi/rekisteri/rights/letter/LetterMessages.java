package fi.rekisteri.rights.letter;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.ErasureCodes.ErasedCategory;
import fi.rekisteri.rights.letter.ErasureCodes.ErasureAction;
import fi.rekisteri.rights.letter.ErasureCodes.KeepingBasis;
import fi.rekisteri.rights.letter.ErasureCodes.KeepingGround;
import fi.rekisteri.rights.letter.ErasureCodes.KeptCategory;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of every letter, in {@code messages/letter_fi.properties} and {@code
 * messages/letter_en.properties}. A code (a right, what was erased or kept and why) is worded here,
 * one message per constant, so no code reaches a letter.
 */
@MessageBundle(value = "letter", locale = "fi")
public interface LetterMessages {

  @Message
  String businessIdLabel();

  @Message
  String phoneLabel();

  @Message
  String subjectLine(String title);

  @Message
  String requestLine(String right, String receivedOn);

  @Message
  String referenceLine(String reference);

  @Message
  String salutation(String name);

  @Message
  String salutationAnonymous();

  @Message
  String closing();

  @Message
  String signerPersonInCharge();

  @Message
  String signerDataProtectionOfficer();

  @Message
  String right(RequestType right);

  @Message
  String field(ContactField field);

  @Message
  String erasedCategory(ErasedCategory category);

  @Message
  String erasureAction(ErasureAction action);

  @Message
  String keptCategory(KeptCategory category);

  @Message
  String keepingGround(KeepingGround ground);

  @Message
  String keepingBasis(KeepingBasis basis);

  @Message
  String keptWhile(KeepingGround ground);

  @Message
  String keptUntil(String date);

  @Message
  String groundLabel();

  @Message
  String basisLabel();

  @Message
  String complaint();

  @Message
  String complaintAuthority();

  @Message
  String visitingAddressLabel();

  @Message
  String postalAddressLabel();

  @Message
  String telephoneLabel();

  @Message
  String emailLabel();

  @Message
  String noteLabel();

  // titles

  @Message
  String titleAccess();

  @Message
  String titlePortability();

  @Message
  String titleRectification();

  @Message
  String titleErasure();

  @Message
  String titlePartialErasure();

  @Message
  String titleRestriction();

  @Message
  String titleRestrictionLift();

  @Message
  String titleObjection();

  @Message
  String titleObjectionRejected();

  @Message
  String titleAnswer();

  @Message
  String titleExtension();

  @Message
  String titleRefusal();

  @Message
  String titleRefusalRectification();

  @Message
  String titleWithdrawal();

  @Message
  String titleIdentity();

  // bodies

  @Message
  String accessBody();

  @Message
  String accessFree();

  @Message
  String portabilityBody();

  @Message
  String rectifiedBody();

  @Message
  String rectifiedNothing();

  @Message
  String rectifiedRecipients();

  @Message
  String erasedBody();

  @Message
  String erasedPartlyBody();

  @Message
  String erasedRecipients();

  @Message
  String erasedRecipientsNone();

  @Message
  String keyedHashUntil(String date);

  @Message
  String keyedHashWhileObjection();

  @Message
  String keptErasedLater();

  @Message
  String keptIntro();

  @Message
  String keptRestricted();

  @Message
  String keptRefusal();

  @Message
  String restrictedBody();

  @Message
  String restrictedUse();

  @Message
  String restrictedRecipients();

  @Message
  String restrictionLiftBody();

  @Message
  String restrictionLiftDate(String date);

  @Message
  String restrictionLiftReasons();

  @Message
  String objectionMarketingBody();

  @Message
  String objectionSituationBody();

  @Message
  String objectionRejectedBody();

  @Message
  String objectionRejectedReasons();

  @Message
  String objectionRejectedRestriction(String date);

  @Message
  String noDataBody();

  @Message
  String completedBody();

  @Message
  String extensionBody();

  @Message
  String extensionDeadline(String date);

  @Message
  String extensionReasons();

  @Message
  String refusalBody();

  @Message
  String refusalManifestlyUnfounded();

  @Message
  String refusalExcessive();

  @Message
  String refusalReasons();

  @Message
  String withdrawnBody();

  @Message
  String identityBody();

  @Message
  String identityHow();

  @Message
  String identityNoCopies();
}
