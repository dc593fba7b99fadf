package fi.rekisteri.register.privacynotice;

import static fi.rekisteri.register.support.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The wording of the privacy notice and of the retention rules, for the demo profile, word for word
 * as recorded in {@code src/test/resources/wording/} (recorded before the words moved from Java
 * into the message bundles, so that the move changed none). In the page the dates, version numbers
 * and change notes become placeholders, and the change log one entry.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class NoticeWordingGoldenTest {

  private static final Path DIR = Path.of("src/test/resources/wording");
  private static final ObjectMapper JSON = new ObjectMapper();

  @BeforeEach
  void demoProfile() {
    DemoProfile.put();
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "en"})
  void givenDemoProfile_whenNotice_thenSectionsAsRecorded(String lang) throws Exception {
    String answer =
        given()
            .get("/api/v1/privacy-notice?lang=" + lang)
            .then()
            .statusCode(200)
            .extract()
            .asString();

    assertThat(JSON.readTree(answer).get("sections"))
        .isEqualTo(golden("notice-sections-" + lang + ".json"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "en"})
  void givenDemoProfile_whenPage_thenPageAsRecorded(String lang) throws Exception {
    String page =
        given().get("/privacy-notice?lang=" + lang).then().statusCode(200).extract().asString();

    assertThat(normalised(page) + "\n")
        .isEqualTo(Files.readString(DIR.resolve("page-" + lang + ".html"), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fi", "en"})
  void givenDemoProfile_whenRetention_thenDescriptionsAsRecorded(String lang) throws Exception {
    String answer =
        as("dpo")
            .header("Accept-Language", lang)
            .get("/api/v1/retention")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    ArrayNode descriptions = JSON.createArrayNode();
    JSON.readTree(answer).get("rules").forEach(rule -> descriptions.add(rule.get("description")));
    assertThat((JsonNode) descriptions)
        .isEqualTo(golden("retention-descriptions-" + lang + ".json"));
  }

  private static JsonNode golden(String name) throws Exception {
    return JSON.readTree(Files.readString(DIR.resolve(name), StandardCharsets.UTF_8));
  }

  /** Dates, version numbers and change notes as placeholders; the change log as one entry. */
  static String normalised(String page) {
    return page.replaceAll("\\d{1,2}\\.\\d{1,2}\\.\\d{4}", "{{date}}")
        .replaceAll("(Versio|Version|versio|version) \\d+", "$1 {{n}}")
        .replaceAll(
            "<li>\\{\\{date\\}\\} \\((versio|version) \\{\\{n\\}\\}\\): [^<]*</li>",
            "<li>{{date}} ($1 {{n}}): {{note}}</li>")
        .replaceAll(
            "(<li>\\{\\{date\\}\\} \\(\\w+ \\{\\{n\\}\\}\\): \\{\\{note\\}\\}</li>)+", "$1");
  }
}
