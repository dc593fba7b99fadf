package fi.rekisteri.register.subjectrights;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R10: ten years after the relationship ended, the person is erased automatically. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class RetentionJobTest {

  @Inject RetentionJob job;

  @Test
  void givenRelationshipEndedElevenYearsAgo_whenJobRuns_thenErasedButRecentOneKept() {
    Map<String, Object> old = TestData.contact();
    old.put("relationshipStart", "2010-01-01");
    old.put("relationshipEnd", LocalDate.now().minusYears(11).toString());
    String oldId = Api.createContact(old);
    Map<String, Object> recent = TestData.contact();
    recent.put("relationshipStart", "2010-01-01");
    recent.put("relationshipEnd", LocalDate.now().minusYears(9).toString());
    String recentId = Api.createContact(recent);

    int erased = job.run(LocalDate.now());

    assertThat(erased).isGreaterThanOrEqualTo(1);
    as("dpo").get("/api/v1/contacts/{id}", oldId).then().statusCode(404);
    as("dpo")
        .get("/api/v1/contacts/{id}", recentId)
        .then()
        .statusCode(200)
        .body("email", equalTo(recent.get("email")));
  }
}
