package fi.rekisteri.rights.fulfilment;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.rights.request.RequestApi;
import fi.rekisteri.rights.support.FakeCalls;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** ACCESS and PORTABILITY against the fake register. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class AccessFulfilmentTest {

  @Test
  void givenOneMatch_whenAccessExecuted_thenCompletedWithPackageOfBothServicesAndArt15Facts() {
    String requester = email("one");
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ACCESS", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("outcome", equalTo("ACCESS_PROVIDED"))
        .body("match.state", equalTo("ONE"))
        .body("match.subjectId", equalTo(subjectId.toString()))
        .body("packageAvailable", equalTo(true))
        .body("timeline.action", hasItem("SUBJECT_SELECTED"));

    as("dpo")
        .get("/api/v1/requests/{id}/package", id)
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("requestId", equalTo(id))
        .body("subjectId", equalTo(subjectId.toString()))
        .body("register.contact.email", equalTo(requester))
        .body("register.orders[0].number", equalTo(FakeRegister.ORDER_NUMBER))
        .body("register.contact.restriction.restricted", equalTo(false))
        .body("register.preferences.current.consentedChannels", hasItem("EMAIL"))
        .body("rightsService.requests.id", hasItem(id))
        .body("rightsService.requests[0].timeline.action", hasItem("RECEIVED"))
        // see docs/promises.md: the periods this service's retention runs enforce, for the copy
        .body(
            "rightsService.retention.requestYears",
            equalTo(
                ConfigProvider.getConfig()
                    .getValue("rekisteri.retention.request-years", Integer.class)))
        .body(
            "rightsService.retention.accessCopyDays",
            equalTo(
                ConfigProvider.getConfig()
                    .getValue("rekisteri.retention.access-copy-days", Integer.class)))
        .body("controller.source", equalTo("register"))
        .body(
            "information.purposes[0].description",
            equalTo("Asiakassuhteen hoitaminen, tilausten toimittaminen ja laskutus"))
        .body("information.recipients.recipients[0].name", equalTo("Perintä Oy"))
        .body("information.recipients.recipients[0].role", equalTo("Saatavien perintä"))
        .body("information.recipients.processors.name", hasItem("Tilitoimisto Laskuri Oy"))
        .body("controller.profile.controller.legalName", equalTo("Sähkö-Virtanen Oy"))
        .body("controller.versionNumber", equalTo(1))
        .body("information.complaintAuthority", containsString("Tietosuojavaltuutetun toimisto"))
        .body("information.automatedDecisions", notNullValue())
        .body("repeatWithin12Months", equalTo(false));
    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .body("[0].kind", equalTo("COMPLETION"))
        .body("[0].body", containsString("maksuton"));

    JsonPath calls = FakeCalls.about(subjectId);
    assertThat(calls.getList("path", String.class)).anyMatch(p -> p.endsWith("/export"));
    assertThat(calls.getString("find { it.path.endsWith('/export') }.query"))
        .isEqualTo("requestId=" + id);
    assertThat(calls.getList("authorization", String.class)).allMatch(a -> a.startsWith("Bearer "));
  }

  @Test
  void givenAccessPackage_whenReadAsHtmlOrText_thenReadableInRequestLanguage() {
    String id = RequestApi.verified("ACCESS", email("one"));
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);

    String html =
        as("dpo")
            .queryParam("format", "html")
            .get("/api/v1/requests/{id}/package", id)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/html"))
            .extract()
            .asString();
    assertThat(html)
        .contains("<html lang=\"fi\">")
        .contains("Jäljennös henkilötiedoistanne")
        .contains("Teitä koskevat tiedot asiakasrekisterissä")
        .contains("Tilaus " + FakeRegister.ORDER_NUMBER)
        .contains("Markkinointiluvat ja -kiellot")
        .contains("Tietosuojavaltuutetun toimisto")
        .contains("&quot;pikatyö&quot;")
        .doesNotContain("\"pikatyö\"");
    as("dpo")
        .queryParam("format", "text")
        .get("/api/v1/requests/{id}/package", id)
        .then()
        .statusCode(200)
        .contentType(startsWith("text/plain"))
        .body(containsString("Jäljennös henkilötiedoistanne"))
        .body(containsString(FakeRegister.ORDER_NUMBER));
    as("dpo")
        .get("/api/v1/requests/{id}", id)
        .then()
        .body("timeline.action", hasItem("PACKAGE_READ"));
  }

  @Test
  void givenEnglishRequest_whenPackageReadAsHtml_thenEnglishDocument() {
    Map<String, Object> body = RequestApi.intake("ACCESS", email("one"));
    body.put("language", "en");
    String id = RequestApi.create(body);
    as("dpo")
        .body(Map.of("method", "REGISTER_MATCH"))
        .post("/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);

    as("dpo")
        .queryParam("format", "html")
        .get("/api/v1/requests/{id}/package", id)
        .then()
        .statusCode(200)
        .body(containsString("Copy of your personal data"))
        .body(containsString("Office of the Data Protection Ombudsman"))
        .body(containsString("Managing the customer relationship"))
        .body(not(containsString("Asiakassuhteen hoitaminen")));
  }

  @Test
  void givenSecondAccessBySameSubject_whenExecuted_thenFlaggedButFree() {
    String requester = email("one");
    String first = RequestApi.verified("ACCESS", requester);
    as("dpo").post("/api/v1/requests/{id}/execute", first).then().statusCode(200);
    String second = RequestApi.verified("ACCESS", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", second)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("repeatWithin12Months", equalTo(true));
    as("dpo")
        .get("/api/v1/requests/{id}/package", second)
        .then()
        .body("repeatWithin12Months", equalTo(true))
        .body("rightsService.requests.id", hasItem(first));
  }

  @Test
  void givenPortability_whenExecuted_thenJsonAndCsvOfProvidedData() {
    String requester = email("one");
    String id = RequestApi.verified("PORTABILITY", requester);
    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));

    as("dpo")
        .get("/api/v1/requests/{id}/package", id)
        .then()
        .statusCode(200)
        .body("contact.email", equalTo(requester))
        .body("preferences.current.consentedChannels", hasItem("EMAIL"))
        .body("orders[0].number", equalTo(FakeRegister.ORDER_NUMBER))
        .body("orders[0].summary", equalTo("Kaapelointi, 2 h, \"pikatyö\""))
        .body("invoices", nullValue())
        .body("auditSummary", nullValue());
    String csv =
        as("dpo")
            .queryParam("format", "csv")
            .get("/api/v1/requests/{id}/package", id)
            .then()
            .statusCode(200)
            .contentType(startsWith("text/csv"))
            .header("Content-Disposition", containsString(".csv"))
            .extract()
            .asString();
    assertThat(csv.split("\r\n"))
        .startsWith("section,field,value")
        .contains("contact,email," + requester)
        .contains("orders,[0].number," + FakeRegister.ORDER_NUMBER)
        .contains("orders,[0].summary,\"Kaapelointi, 2 h, \"\"pikatyö\"\"\"");
  }

  @Test
  void givenPortabilityOfMaija_whenSheReadsHerPackage_thenHersOnly() {
    String id =
        as("maija")
            .body(Map.of("type", "PORTABILITY"))
            .post("/api/v1/me/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("maija").get("/api/v1/me/requests/{id}/package", id).then().statusCode(409);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(200);

    as("maija")
        .queryParam("format", "csv")
        .get("/api/v1/me/requests/{id}/package", id)
        .then()
        .statusCode(200)
        .body(containsString(RequestApi.MAIJA_EMAIL));
    as("maija")
        .get("/api/v1/me/requests/{id}", id)
        .then()
        .body("status", equalTo("COMPLETED"))
        .body("packageAvailable", equalTo(true))
        .body("letters.kind", hasItem("COMPLETION"));
  }

  @Test
  void givenNoPackageYet_whenRead_thenConflict() {
    String access = RequestApi.create("ACCESS", email("one"));
    String erasure = RequestApi.create("ERASURE", email("one"));

    as("dpo").get("/api/v1/requests/{id}/package", access).then().statusCode(409);
    as("dpo").get("/api/v1/requests/{id}/package", erasure).then().statusCode(409);
    as("dpo")
        .queryParam("format", "xml")
        .get("/api/v1/requests/{id}/package", access)
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("format"));
  }

  @Test
  void givenIdentityNotVerified_whenExecuted_thenConflictAndNoRegisterCall() {
    String requester = email("one");
    String id = RequestApi.create("ACCESS", requester);

    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("identity"));
    assertThat(FakeCalls.about(FakeRegister.subjectId(requester)).getList("path")).isEmpty();
    as("dpo").get("/api/v1/requests/{id}", id).then().body("status", not(equalTo("COMPLETED")));
  }
}
