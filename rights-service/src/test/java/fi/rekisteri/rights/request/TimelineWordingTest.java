package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static fi.rekisteri.rights.request.RequestApi.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.rights.deadline.WorkingDays;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.FinnishText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * See docs/promises.md: the notes the service writes on a request's timeline are codes with
 * parameters, worded in the language the reader asks for (Accept-Language); the Finnish timeline
 * has no English, no codes and no ISO dates, while the DPO's own words stay as typed.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class TimelineWordingTest {

  private static final DateTimeFormatter FI = DateTimeFormatter.ofPattern("d.M.yyyy");

  @Test
  void givenRequestThroughIntakeExtensionAndCompletion_whenReadInFinnish_thenEveryNoteIsFinnish() {
    LocalDate receivedOn = RequestApi.today().minusDays(3);
    Map<String, Object> body = intake("ACCESS", email("aikajana"));
    body.put("receivedOn", receivedOn.toString());
    String id = RequestApi.create(body);
    LocalDate firstDue = LocalDate.parse(RequestApi.read(id).getString("dueDate"));
    as("dpo")
        .body(Map.of("method", "DPO_CHECK", "note", "Soitin asiakasrekisterin numeroon."))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as("dpo")
        .body(Map.of("reason", "Pyyntö koskee laajaa aineistoa useista järjestelmistä."))
        .post("/api/v1/requests/{id}/extension", id)
        .then()
        .statusCode(200);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);
    as("dpo")
        .queryParam("format", "pdf")
        .get("/api/v1/requests/{id}/package", id)
        .then()
        .statusCode(200);
    LocalDate newDue = new WorkingDays().rollToWorkingDay(receivedOn.plusMonths(3));

    JsonPath finnish = timeline(id, "fi-FI,fi;q=0.9,en;q=0.8");

    assertThat(finnish.getList("action"))
        .contains("RECEIVED", "IDENTITY_VERIFIED", "EXTENDED", "EXECUTED", "COMPLETED");
    List<String> texts = texts(finnish);
    assertThat(FinnishText.problems(String.join("\n", texts))).isEmpty();
    assertThat(note(finnish, "RECEIVED", "detail"))
        .isEqualTo(
            "Tarkastuspyyntö, vastaanotettu "
                + receivedOn.format(FI)
                + "; vastaanottotapa: sähköposti (kirjannut tietosuojavastaava)");
    assertThat(note(finnish, "EXTENDED", "detail"))
        .isEqualTo("määräpäivä siirtyi " + firstDue.format(FI) + " → " + newDue.format(FI));
    // the DPO's own words stay as typed
    assertThat(note(finnish, "EXTENDED", "reason"))
        .isEqualTo("Pyyntö koskee laajaa aineistoa useista järjestelmistä.");
    assertThat(note(finnish, "PACKAGE_READ", "detail")).isEqualTo("muoto: PDF-tiedosto");
    // the code and its parameters, for clients that word it themselves
    assertThat(note(finnish, "EXTENDED", "detailNote.code")).isEqualTo("DUE_DATE_MOVED");
    assertThat(note(finnish, "EXTENDED", "detailNote.params.to")).isEqualTo(newDue.toString());

    JsonPath english = timeline(id, "en");
    assertThat(note(english, "EXTENDED", "detail")).startsWith("due date moved from ");
    assertThat(note(english, "RECEIVED", "detail")).startsWith("Access request by email");
  }

  @Test
  void givenEveryNoteCode_whenWordedInFinnish_thenFinnishWithoutCodesOrIsoDates() {
    for (TimelineNote.Code code : TimelineNote.Code.values()) {
      String words = TimelineWords.word(new TimelineNote(code, sample(code)), Language.FI);
      assertThat(words).as(code.name()).isNotBlank();
      assertThat(FinnishText.problems(words)).as(code + ": " + words).isEmpty();
      assertThat(TimelineWords.word(new TimelineNote(code, sample(code)), Language.EN))
          .as(code.name())
          .isNotBlank()
          .isNotEqualTo(words);
    }
  }

  @Test
  void givenAcceptLanguage_whenRead_thenFinnishOnlyWhenAskedBeforeEnglish() {
    assertThat(ReaderLanguage.of("fi")).isEqualTo(Language.FI);
    assertThat(ReaderLanguage.of("fi-FI,fi;q=0.9,en;q=0.8")).isEqualTo(Language.FI);
    assertThat(ReaderLanguage.of("en-GB,en;q=0.9,fi;q=0.5")).isEqualTo(Language.EN);
    assertThat(ReaderLanguage.of("sv")).isEqualTo(Language.EN);
    assertThat(ReaderLanguage.of(null)).isEqualTo(Language.EN);
    assertThat(ReaderLanguage.of(";;q=x,")).isEqualTo(Language.EN);
  }

  private static Map<String, String> sample(TimelineNote.Code code) {
    return switch (code) {
      case CHOSEN_WITHOUT -> Map.of("text", "Asiakas nimesi yhteyshenkilön puhelimessa.");
      case RECEIVED ->
          Map.of(
              "type",
              "OBJECTION",
              "channel",
              "WEB",
              "origin",
              "SELF_SERVICE",
              "receivedOn",
              "2026-12-07");
      case IDENTITY_METHOD -> Map.of("method", "ONE_TIME_CODE");
      case MATCHES, TASKS, MARKETING_CONTACTS -> Map.of("count", "2");
      case DUE_DATE_MOVED -> Map.of("from", "2027-01-07", "to", "2027-03-08");
      case REFUSAL_GROUND -> Map.of("ground", "MANIFESTLY_UNFOUNDED");
      case PENDING_ACTION -> Map.of("action", "LIFT_RESTRICTION");
      case REGISTER_ANSWER -> Map.of("operation", "erase", "status", "409");
      case MARKETING_REFUSED -> Map.of("status", "422");
      case ERASURE_COUNTS -> Map.of("erased", "5", "kept", "1");
      case RECTIFIED_FIELDS -> Map.of("fields", "email,postalAddress,title");
      case OBJECTION_RECORDED -> Map.of("kind", "PARTICULAR_SITUATION");
      case PACKAGE_FORMAT -> Map.of("format", "TEXT");
      case MAIL_LETTER ->
          Map.of("kind", "RESTRICTION_LIFT_NOTICE", "retryAt", "2026-12-07T10:15:30Z");
      case MAIL_LETTER_NOT_RETRIED -> Map.of("kind", "EXTENSION_NOTICE");
      case MAIL_CODE -> Map.of("retryAt", "2026-12-07T10:15:30Z");
      default -> Map.of();
    };
  }

  private static JsonPath timeline(String id, String language) {
    return as("dpo")
        .header("Accept-Language", language)
        .get("/api/v1/requests/{id}", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .extract()
        .jsonPath()
        .setRootPath("timeline");
  }

  private static List<String> texts(JsonPath timeline) {
    List<String> texts = new ArrayList<>();
    texts.addAll(timeline.getList("reason", String.class));
    texts.addAll(timeline.getList("detail", String.class));
    return texts.stream().filter(Objects::nonNull).toList();
  }

  private static String note(JsonPath timeline, String action, String field) {
    return timeline.getString("find { it.action == '" + action + "' }." + field);
  }
}
