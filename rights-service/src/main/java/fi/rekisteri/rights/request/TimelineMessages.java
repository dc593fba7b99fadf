package fi.rekisteri.rights.request;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.ContactField;
import fi.rekisteri.rights.letter.LetterKind;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The words of the notes the service writes on a request's timeline, in {@code
 * messages/timeline_fi.properties} and {@code messages/timeline_en.properties}: one message per
 * {@link TimelineNote.Code}, and every code a note carries worded one message per constant, so the
 * DPO reads the timeline in her language without codes or ISO dates.
 */
@MessageBundle(value = "timeline", locale = "fi")
public interface TimelineMessages {

  /** How a date is written (d.M.yyyy in Finnish), a {@link java.time.format.DateTimeFormatter}. */
  @Message
  String datePattern();

  @Message
  String dateTimePattern();

  @Message
  String repeatAccess();

  @Message
  String repeatRequest();

  @Message
  String selectedAutomatically();

  @Message
  String nameOnlyMatch();

  @Message
  String chosenAmong();

  @Message
  String chosenWithout(String text);

  @Message
  String retried();

  @Message
  String registerDown();

  @Message
  String art21_3();

  @Message
  String art19();

  @Message
  String awaitsEvent();

  @Message
  String eventReceived();

  @Message
  String art18_3();

  @Message
  String oneTimeCode();

  @Message
  String copyErased();

  @Message
  String copyRetentionEnded();

  @Message
  String received(String type, String channel, String origin, String receivedOn);

  @Message
  String identityMethodUsed(String method);

  @Message
  String matches(String count);

  @Message
  String dueDateMoved(String from, String to);

  @Message
  String refusalGroundUsed(String ground);

  @Message
  String noDataHeld();

  @Message
  String pendingActionWaits(String action);

  @Message
  String suppressMarketing();

  @Message
  String registerAnswer(String operation, String status);

  @Message
  String erasureCounts(String erased, String kept);

  @Message
  String restrictedInRegister();

  @Message
  String accessCopy();

  @Message
  String accessCopyFallback();

  @Message
  String rectifiedFields(String fields);

  @Message
  String rectifiedNone();

  @Message
  String portabilityCopy();

  @Message
  String objectionRecorded(String kind);

  @Message
  String tasks(String count);

  @Message
  String packageFormatRead(String format);

  @Message
  String mailLetter(String kind, String retryAt);

  @Message
  String mailCode(String retryAt);

  @Message
  String mailLetterNotRetried(String kind);

  @Message
  String mailCodeNotRetried();

  @Message
  String marketingNoEmail();

  @Message
  String marketingContacts(String count);

  @Message
  String marketingRefused(String status);

  @Message
  String requestType(RequestType type);

  @Message
  String channel(Channel channel);

  @Message
  String origin(Origin origin);

  @Message
  String identityMethod(IdentityMethod method);

  @Message
  String refusalGround(RefusalGround ground);

  @Message
  String pendingAction(PendingAction action);

  @Message
  String objectionKind(ObjectionKind kind);

  @Message
  String letterKind(LetterKind kind);

  @Message
  String field(ContactField field);

  @Message
  String packageFormatJson();

  @Message
  String packageFormatHtml();

  @Message
  String packageFormatText();

  @Message
  String packageFormatCsv();

  @Message
  String packageFormatPdf();
}
