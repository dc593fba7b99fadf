package fi.rekisteri.register.audit;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Reads audited through the group commit: many reads at once each find their own entry committed
 * when their answer arrives, all in the one chain, which still verifies.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class AuditGroupCommitTest {

  private static final int READS = 24;

  @Test
  void givenManyReadsAtOnce_whenEachAnswers_thenEachEntryIsCommittedAndTheChainHolds()
      throws Exception {
    String id =
        as("sales")
            .body(TestData.contact())
            .post("/api/v1/contacts")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> reads = new ArrayList<>();
      for (int i = 0; i < READS; i++) {
        reads.add(
            pool.submit(
                () -> as("dpo").get("/api/v1/contacts/{id}", id).then().extract().statusCode()));
      }
      for (Future<Integer> read : reads) {
        assertThat(read.get()).isEqualTo(200);
      }
    } finally {
      pool.shutdownNow();
    }
    // every answer came after its entry was committed: all are there at once, none lost
    JsonPath audit =
        as("dpo")
            .queryParam("subjectId", id)
            .queryParam("limit", 200)
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    List<String> actions = audit.getList("items.action");
    assertThat(actions.stream().filter("READ"::equals)).hasSize(READS);
    assertThat(actions).contains("CREATE");
    as("dpo")
        .get("/api/v1/audit/verify")
        .then()
        .statusCode(200)
        .body("valid", org.hamcrest.Matchers.is(true));
  }
}
