package fi.rekisteri.register.demo;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * See docs/promises.md: a database seeded from an earlier demo file ("titteli") gets the demo
 * profile's current wording through the profile's versioning: a new version, the old one kept as
 * history. A profile that is not the demo's is never touched.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class DemoProfileWordingTest {

  private static final String OLD = "Yhteyshenkilön nimi, titteli ja edustamansa organisaatio";
  private static final String NEW =
      "Yhteyshenkilön nimi, tehtävänimike ja edustamansa organisaatio";

  @Inject DemoData demo;
  @Inject EntityManager em;
  @Inject ObjectMapper mapper;

  @Test
  void givenProfileOfAnEarlierDemo_whenDemoLoads_thenNewVersionInCurrentWordingAndOldKept()
      throws Exception {
    DemoProfile.put(earlierDemo());
    int before = latestVersion();

    demo.load();

    assertThat(currentProfile()).contains(NEW).doesNotContain(OLD);
    JsonPath versions = as("dpo").get("/api/v1/controller/versions").then().extract().jsonPath();
    assertThat(versions.getInt("[0].number")).isEqualTo(before + 1);
    assertThat(versions.getString("[0].changeNote")).contains("tehtävänimike");
    assertThat(versionDocument(before)).contains(OLD).doesNotContain(NEW);
    assertThat(versionDocument(before + 1)).contains(NEW);

    demo.load(); // once only
    assertThat(latestVersion()).isEqualTo(before + 1);
  }

  @Test
  void givenRealControllersProfileWithTheOldWords_whenDemoLoads_thenUntouched() throws Exception {
    Map<String, Object> real = earlierDemo();
    @SuppressWarnings("unchecked")
    Map<String, Object> controller = (Map<String, Object>) real.get("controller");
    controller.put("legalName", "Putki-Mäkinen Oy");
    controller.put("businessId", "1234567-1");
    DemoProfile.put(real);
    int before = latestVersion();

    demo.load();

    assertThat(latestVersion()).isEqualTo(before);
    assertThat(currentProfile()).contains(OLD).contains("Putki-Mäkinen Oy");
    DemoProfile.put();
  }

  private Map<String, Object> earlierDemo() throws Exception {
    String current = mapper.writeValueAsString(DemoProfile.demo());
    assertThat(current).contains(NEW);
    return mapper.readValue(current.replace(NEW, OLD), new TypeReference<>() {});
  }

  private static String currentProfile() {
    return as("admin").get("/api/v1/controller").then().statusCode(200).extract().asString();
  }

  private static int latestVersion() {
    return as("dpo").get("/api/v1/controller/versions").then().extract().path("[0].number");
  }

  private String versionDocument(int number) {
    return (String)
        em.createNativeQuery(
                "SELECT document::text FROM controller_profile_version WHERE number = ?1")
            .setParameter(1, number)
            .getSingleResult();
  }
}
