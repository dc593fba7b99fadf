package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A letter is JSON by default and the letter as sent, laid out as PDF, when Accept asks. */
@QuarkusTest
@WithTestResource(RightsStack.class)
class LetterDownloadTest {

  private static String identityRequested() {
    String id = RequestApi.create("ACCESS", email("letter-download"));
    as("dpo")
        .body(Map.of("note", "Kertokaa meille asiakasnumeronne."))
        .post("/api/v1/requests/{id}/await-identity", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("AWAITING_IDENTITY"));
    return id;
  }

  @Test
  void givenIdentityAsked_whenLettersRead_thenIdentityRequestLetterInFinnish() {
    String id = identityRequested();

    as("dpo")
        .get("/api/v1/requests/{id}/letters", id)
        .then()
        .statusCode(200)
        .body("[0].kind", equalTo("IDENTITY_REQUEST"))
        .body("[0].title", equalTo("Henkilöllisyytenne varmistaminen"))
        .body("[0].body", containsString("Kertokaa meille asiakasnumeronne."))
        .body("[0].body", containsString("Emme pyydä emmekä säilytä kopiota"));
  }

  @Test
  void givenLetter_whenAskedWithoutPdf_thenJson() {
    String id = identityRequested();
    String letterId = as("dpo").get("/api/v1/requests/{id}/letters", id).path("[0].id");

    as("dpo")
        .accept("application/json")
        .get("/api/v1/requests/{id}/letters/{letterId}", id, letterId)
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("id", equalTo(letterId))
        .body("kind", equalTo("IDENTITY_REQUEST"));
  }

  @Test
  void givenLetter_whenAskedAsPdf_thenAttachmentWithTheLetterText() throws IOException {
    String id = identityRequested();
    String letterId = as("dpo").get("/api/v1/requests/{id}/letters", id).path("[0].id");

    Response pdf =
        as("dpo")
            .accept("application/pdf")
            .get("/api/v1/requests/{id}/letters/{letterId}", id, letterId);

    pdf.then()
        .statusCode(200)
        .contentType("application/pdf")
        .header("Content-Disposition", startsWith("attachment;"));
    try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Henkilöllisyytenne varmistaminen").contains("Pyyntönne tunnus");
    }
  }

  @Test
  void givenUnknownLetter_whenAsked_then404Problem() {
    String id = identityRequested();

    as("dpo")
        .accept("application/pdf")
        .get("/api/v1/requests/{id}/letters/{letterId}", id, UUID.randomUUID())
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
