package fi.rekisteri.register.privacynotice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The public notice is generated from the controller profile in both languages. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class PrivacyNoticeTest {

  /** The demo profile, whatever profile another test class left behind (test order varies). */
  @BeforeEach
  void demoProfile() {
    DemoProfile.put();
  }

  @Test
  void givenNoLogin_whenReadingFinnishPage_thenEveryHeadingAndAuthorityShown() {
    given()
        .get("/privacy-notice?lang=fi")
        .then()
        .statusCode(200)
        .contentType("text/html")
        .body(containsString("Rekisterinpitäjä"))
        .body(containsString("Rekisteröidyn oikeudet"))
        .body(containsString("Tietosuojavaltuutetun toimisto"))
        .body(containsString("Päivitykset ja muutokset"))
        .body(containsString("2077474-0"))
        .body(not(containsString("Exception")));
  }

  @Test
  void givenEnglish_whenReadingJson_thenAllFourteenSectionsAndChangeLog() {
    given()
        .get("/api/v1/privacy-notice?lang=en")
        .then()
        .statusCode(200)
        .body("language", equalTo("en"))
        .body("sections.size()", equalTo(14))
        .body(
            "sections.id",
            hasItems(
                "controller",
                "purposes",
                "transfers",
                "retention",
                "complaint",
                "cookies",
                "automated-decisions"))
        .body("changeLog.size()", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
  }

  @Test
  void givenUnknownLanguage_thenProblemNamingLang() {
    given()
        .get("/api/v1/privacy-notice?lang=sv")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("lang"));
  }
}
