package fi.rekisteri.register.audit;

import static fi.rekisteri.register.support.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Every read and write of a person's data is recorded; the DPO lists it per subject. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class AuditLogTest {

  @Test
  void givenReadsByTwoRoles_whenDpoListsTheSubject_thenWhoWhenWhatAndWhyRecorded() {
    String id = Api.createContact(TestData.contact());
    as("accounting").get("/api/v1/contacts/{id}", id).then().statusCode(200);
    as("sales")
        .header("X-Purpose", "quote follow-up")
        .get("/api/v1/contacts/{id}", id)
        .then()
        .statusCode(200);

    as("dpo")
        .queryParam("subjectId", id)
        .get("/api/v1/audit")
        .then()
        .statusCode(200)
        .body("items.action", hasItems("CREATE", "READ"))
        .body("items.actor", hasItems("sales", "accounting"))
        .body("items.purpose", hasItems("accounting", "quote follow-up"))
        .body("items.subjectId", everyItem(equalTo(id)));
  }
}
