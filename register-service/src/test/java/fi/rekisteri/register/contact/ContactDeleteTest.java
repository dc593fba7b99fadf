package fi.rekisteri.register.contact;

import static fi.rekisteri.register.support.Api.as;
import static org.hamcrest.Matchers.containsString;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A contact entered by mistake is deleted; one with records of another aggregate (each answers its
 * own count for the contact) is refused, to be erased through a data-subject request instead.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ContactDeleteTest {

  @Test
  void givenNoOtherRecords_whenDelete_thenDeleted() {
    String id = Api.createContact(TestData.contact());

    as("sales").delete("/api/v1/contacts/{id}", id).then().statusCode(204);
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(404);
  }

  @Test
  void givenAnOrder_whenDelete_thenConflictAndKept() {
    String id = Api.createContact(TestData.contact());
    as("sales").body(TestData.order(id)).post("/api/v1/orders").then().statusCode(201);

    as("sales")
        .delete("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(409)
        .body("detail", containsString("data-subject request"));
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(200);
  }

  @Test
  void givenAnInvoice_whenDelete_thenConflictAndKept() {
    String id = Api.createContact(TestData.contact());
    Api.createInvoice(id, LocalDate.now().minusDays(1));

    as("sales").delete("/api/v1/contacts/{id}", id).then().statusCode(409);
    as("sales").get("/api/v1/contacts/{id}", id).then().statusCode(200);
  }
}
