package fi.rekisteri.rights.request;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.letter.ContactField;
import fi.rekisteri.rights.letter.LetterKind;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Words a {@link TimelineNote} in the reader's language with {@link TimelineMessages}: codes become
 * words, dates d.M.yyyy in Finnish and "7 December 2026" in English (the bundle's patterns),
 * instants in Helsinki time.
 */
final class TimelineWords {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private final TimelineMessages m;
  private final Language language;
  private final TimelineNote note;

  private TimelineWords(TimelineNote note, Language language) {
    this.m = MessageBundles.get(TimelineMessages.class, Localized.Literal.of(language.code()));
    this.language = language;
    this.note = note;
  }

  static String word(TimelineNote note, Language language) {
    return new TimelineWords(note, language).text();
  }

  private String text() {
    return switch (note.code()) {
      case REPEAT_ACCESS -> m.repeatAccess();
      case REPEAT_REQUEST -> m.repeatRequest();
      case SELECTED_AUTOMATICALLY -> m.selectedAutomatically();
      case NAME_ONLY_MATCH -> m.nameOnlyMatch();
      case CHOSEN_AMONG -> m.chosenAmong();
      case CHOSEN_WITHOUT -> m.chosenWithout(p("text"));
      case RETRIED -> m.retried();
      case REGISTER_DOWN -> m.registerDown();
      case ART_21_3 -> m.art21_3();
      case ART_19 -> m.art19();
      case AWAITS_EVENT -> m.awaitsEvent();
      case EVENT_RECEIVED -> m.eventReceived();
      case ART_18_3 -> m.art18_3();
      case ONE_TIME_CODE -> m.oneTimeCode();
      case COPY_ERASED -> m.copyErased();
      case COPY_RETENTION_ENDED -> m.copyRetentionEnded();
      case RECEIVED ->
          m.received(
              m.requestType(RequestType.valueOf(p("type"))),
              m.channel(Channel.valueOf(p("channel"))),
              m.origin(Origin.valueOf(p("origin"))),
              date("receivedOn"));
      case IDENTITY_METHOD ->
          m.identityMethodUsed(m.identityMethod(IdentityMethod.valueOf(p("method"))));
      case MATCHES -> m.matches(p("count"));
      case DUE_DATE_MOVED -> m.dueDateMoved(date("from"), date("to"));
      case REFUSAL_GROUND ->
          m.refusalGroundUsed(m.refusalGround(RefusalGround.valueOf(p("ground"))));
      case NO_DATA_HELD -> m.noDataHeld();
      case PENDING_ACTION ->
          m.pendingActionWaits(m.pendingAction(PendingAction.valueOf(p("action"))));
      case SUPPRESS_MARKETING -> m.suppressMarketing();
      case REGISTER_ANSWER -> m.registerAnswer(p("operation"), p("status"));
      case ERASURE_COUNTS -> m.erasureCounts(p("erased"), p("kept"));
      case RESTRICTED_IN_REGISTER -> m.restrictedInRegister();
      case ACCESS_COPY -> m.accessCopy();
      case ACCESS_COPY_FALLBACK -> m.accessCopyFallback();
      case RECTIFIED_FIELDS -> m.rectifiedFields(fields());
      case RECTIFIED_NONE -> m.rectifiedNone();
      case PORTABILITY_COPY -> m.portabilityCopy();
      case OBJECTION_RECORDED ->
          m.objectionRecorded(m.objectionKind(ObjectionKind.valueOf(p("kind"))));
      case TASKS -> m.tasks(p("count"));
      case PACKAGE_FORMAT -> m.packageFormatRead(format());
      case MAIL_LETTER -> m.mailLetter(letterKind(), instant("retryAt"));
      case MAIL_CODE -> m.mailCode(instant("retryAt"));
      case MAIL_LETTER_NOT_RETRIED -> m.mailLetterNotRetried(letterKind());
      case MAIL_CODE_NOT_RETRIED -> m.mailCodeNotRetried();
      case MARKETING_NO_EMAIL -> m.marketingNoEmail();
      case MARKETING_CONTACTS -> m.marketingContacts(p("count"));
      case MARKETING_REFUSED -> m.marketingRefused(p("status"));
    };
  }

  private String p(String name) {
    String value = note.param(name);
    return value == null ? "" : value;
  }

  private String date(String name) {
    String value = note.param(name);
    return value == null ? "" : LocalDate.parse(value).format(formatter(m.datePattern()));
  }

  private String instant(String name) {
    String value = note.param(name);
    if (value == null) {
      return "";
    }
    ZonedDateTime local = Instant.parse(value).atZone(HELSINKI);
    return local.format(formatter(m.dateTimePattern()));
  }

  private DateTimeFormatter formatter(String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(language.code()));
  }

  private String letterKind() {
    return m.letterKind(LetterKind.valueOf(p("kind")));
  }

  private String fields() {
    return Arrays.stream(p("fields").split(","))
        .map(String::strip)
        .filter(name -> !name.isEmpty())
        .map(name -> m.field(ContactField.of(name)))
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private String format() {
    return switch (p("format").toUpperCase(Locale.ROOT)) {
      case "HTML" -> m.packageFormatHtml();
      case "TEXT" -> m.packageFormatText();
      case "CSV" -> m.packageFormatCsv();
      case "PDF" -> m.packageFormatPdf();
      default -> m.packageFormatJson();
    };
  }
}
