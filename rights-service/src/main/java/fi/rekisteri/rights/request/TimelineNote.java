package fi.rekisteri.rights.request;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.rekisteri.rights.common.JsonText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reason or detail of a timeline step that the service itself writes: a code with its parameters,
 * stored as JSON and worded in the reader's language ({@link TimelineWords}, {@code
 * messages/timeline_*.properties}). What a person typed (the DPO's reasons, a relay's answer) stays
 * free text beside it.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(
    description =
        "The code of a note the service wrote, with its parameters (dates as yyyy-MM-dd, instants"
            + " as ISO-8601, counts as digits); the text beside it is the note worded in the"
            + " language asked")
public record TimelineNote(Code code, Map<String, String> params) {

  /** Stored by name in {@code request_event.reason_note} and {@code detail_note}: never rename. */
  @Schema(name = "TimelineNoteCode")
  public enum Code {
    // reasons
    REPEAT_ACCESS,
    REPEAT_REQUEST,
    SELECTED_AUTOMATICALLY,
    NAME_ONLY_MATCH,
    CHOSEN_AMONG,
    /** params: text, the DPO's reason as typed */
    CHOSEN_WITHOUT,
    RETRIED,
    REGISTER_DOWN,
    ART_21_3,
    ART_19,
    AWAITS_EVENT,
    EVENT_RECEIVED,
    ART_18_3,
    ONE_TIME_CODE,
    COPY_ERASED,
    COPY_RETENTION_ENDED,
    // details
    /** params: type, channel, origin, receivedOn */
    RECEIVED,
    /** params: method */
    IDENTITY_METHOD,
    /** params: count */
    MATCHES,
    /** params: from, to */
    DUE_DATE_MOVED,
    /** params: ground */
    REFUSAL_GROUND,
    NO_DATA_HELD,
    /** params: action */
    PENDING_ACTION,
    /** The register is still to take the requester off its marketing lists. */
    SUPPRESS_MARKETING,
    /** params: operation, status */
    REGISTER_ANSWER,
    /** params: erased, kept */
    ERASURE_COUNTS,
    RESTRICTED_IN_REGISTER,
    ACCESS_COPY,
    ACCESS_COPY_FALLBACK,
    /** params: fields, the register's field names separated by commas */
    RECTIFIED_FIELDS,
    RECTIFIED_NONE,
    PORTABILITY_COPY,
    /** params: kind */
    OBJECTION_RECORDED,
    /** params: count */
    TASKS,
    /** params: format */
    PACKAGE_FORMAT,
    /** params: kind (the letter's); retryAt when a failed message is tried again */
    MAIL_LETTER,
    /** params: retryAt when a failed code is tried again */
    MAIL_CODE,
    /** A failed letter that is not tried again; params: kind */
    MAIL_LETTER_NOT_RETRIED,
    MAIL_CODE_NOT_RETRIED,
    MARKETING_NO_EMAIL,
    /** params: count */
    MARKETING_CONTACTS,
    /** params: status */
    MARKETING_REFUSED
  }

  public TimelineNote {
    params = params == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(params));
  }

  /** A note with its parameters given as name, value, name, value... */
  public static TimelineNote of(Code code, Object... namesAndValues) {
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) {
        params.put((String) namesAndValues[i], String.valueOf(namesAndValues[i + 1]));
      }
    }
    return new TimelineNote(code, params);
  }

  public String param(String name) {
    return params.get(name);
  }

  String json() {
    return JsonText.write(this);
  }

  static TimelineNote fromJson(String json) {
    return JsonText.read(json, TimelineNote.class);
  }
}
