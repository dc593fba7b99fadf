package fi.rekisteri.rights.request;

import fi.rekisteri.rights.request.ErasureProofWords.Field;
import fi.rekisteri.rights.request.ErasureProofWords.Found;
import fi.rekisteri.rights.request.ErasureProofWords.KeptByDesign;
import fi.rekisteri.rights.request.ErasureProofWords.Outcome;
import fi.rekisteri.rights.request.ErasureProofWords.Place;
import fi.rekisteri.rights.request.ErasureProofWords.Reason;
import fi.rekisteri.rights.request.ErasureProofWords.Service;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the proof of erasure as a PDF for the DPO, in {@code messages/proof_fi.properties}:
 * Finnish, the controller's language. Every code is worded here, one message per constant.
 */
@MessageBundle(value = "proof", locale = "fi")
public interface ProofMessages {

  @Message
  String title();

  @Message
  String requestIdLabel();

  @Message
  String subjectIdLabel();

  @Message
  String erasedOnLabel();

  @Message
  String outcomeLabel();

  @Message
  String madeOnLabel();

  @Message
  String intro();

  @Message
  String remainingHeading();

  @Message
  String remainingNone();

  @Message
  String foundLabel();

  @Message
  String reasonLabel();

  @Message
  String keptUntil(String date);

  @Message
  String keptWhileReasonLasts();

  @Message
  String noReason();

  @Message
  String copies(int count);

  @Message
  String fieldLabel();

  @Message
  String checkedHeading();

  @Message
  String checkedIntro(int count);

  @Message
  String keptHeading();

  @Message
  String noPersonalData();

  @Message
  String service(Service service);

  @Message
  String place(Place place);

  @Message
  String field(Field field);

  @Message
  String found(Found found);

  @Message
  String reason(Reason reason);

  @Message
  String outcome(Outcome outcome);

  @Message
  String kept(KeptByDesign kept);
}
