package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import fi.rekisteri.rights.fulfilment.ErasureFulfilmentTest;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.FinnishText;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The proof of an erasure as a PDF for the DPO: Finnish, dates as d.M.yyyy, every place and reason
 * worded, no code, no ISO date and no personal data beyond the request and subject ids.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class ErasureProofPdfTest {

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Codes the proof carries in JSON that must never reach the PDF as they are. */
  private static final List<String> CODES =
      List.of(
          "SUPPRESSION_KEYED_HASH",
          "ERASURE_LEDGER_ENTRY",
          "REQUEST_RECORD",
          "OPEN_CLAIM",
          "ACCOUNTING_VOUCHER_PERIOD",
          "PARTIALLY_ERASED",
          "customer_order",
          "audit_entry",
          "outbox_event",
          "contact_restriction_cause",
          "access copies",
          "register",
          "stored");

  private static String erased(String requester) {
    UUID subjectId = FakeRegister.subjectId(requester);
    String id = RequestApi.verified("ERASURE", requester);
    as("dpo").post("/api/v1/requests/{id}/execute", id).then().statusCode(202);
    ErasureFulfilmentTest.contactErased(subjectId, id);
    ErasureFulfilmentTest.awaitConfirmed(id);
    return id;
  }

  private static Response pdf(String id) {
    return as("dpo").accept("application/pdf").get("/api/v1/requests/{id}/erasure-proof", id);
  }

  private static String text(byte[] pdf) throws IOException {
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // the words as read, lines joined: a phrase may wrap at the end of a line
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  private static void assertCleanFinnish(String text) {
    assertThat(FinnishText.problems(text)).isEmpty();
    assertThat(ISO_DATE.matcher(text).find()).as("an ISO date in %s", text).isFalse();
    for (String code : CODES) {
      assertThat(text).doesNotContain(code);
    }
  }

  @Test
  void givenCompleteErasure_whenProofAskedAsPdf_thenFinnishDocumentWithNothingRemaining()
      throws IOException {
    String requester = email("proofpdf");
    String id = erased(requester);

    Response pdf = pdf(id);

    pdf.then()
        .statusCode(200)
        .contentType("application/pdf")
        .header("Content-Disposition", startsWith("attachment;"));
    String text = text(pdf.asByteArray());
    assertThat(text)
        .contains("Selvitys henkilötietojen poistamisesta")
        .contains("Pyynnön tunnus")
        .contains(id)
        .contains("Rekisteröidyn tunnus")
        .contains(FakeRegister.subjectId(requester).toString())
        .contains("Poisto vahvistettu")
        .contains(LetterDatesToday.today())
        .contains("Henkilön tiedot poistettiin kokonaan.")
        .contains("Mitä henkilöstä on vielä jäljellä")
        .contains("ei löytynyt enää mitään")
        .contains("Tarkastetut paikat")
        .contains("Asiakasrekisteri")
        .contains("asiakkaiden ja yhteyshenkilöiden yhteystiedot")
        .contains("tilaukset")
        .contains("Tietosuojapyyntöjen palvelu")
        .contains("Mitä jokainen poisto säilyttää")
        .contains("sähköpostiosoitteen avainnettu tiiviste")
        .contains("merkintä poistokirjanpitoon")
        .contains("tämän pyynnön tiedot")
        .doesNotContain(requester)
        .doesNotContain(FakeRegister.LAST_NAME);
    assertCleanFinnish(text);
  }

  @Test
  void givenPartialErasure_whenProofAskedAsPdf_thenWhatRemainsWithItsReasonInFinnish()
      throws IOException {
    String id = erased(email("partial"));

    String text = text(pdf(id).then().statusCode(200).extract().asByteArray());

    assertThat(text)
        .contains("Tiedot poistettiin osittain")
        .contains("Asiakasrekisteri: asiakkaiden ja yhteyshenkilöiden yhteystiedot")
        .contains("Löytyi: etu- ja sukunimi")
        .contains("laskua ei ole vielä maksettu")
        .contains("tositteiden säilytysaika")
        // an open claim has no end date yet
        .contains("Päättymispäivää ei ole vielä");
    assertCleanFinnish(text);
  }

  @Test
  void givenHeldItemWithEndDateMentionAndCopies_whenRendered_thenEndDateInFinnishAndAllWorded()
      throws IOException {
    ErasureProofView view =
        new ErasureProofView(
            UUID.randomUUID(),
            UUID.randomUUID(),
            "PARTIALLY_ERASED",
            Instant.parse("2026-03-04T22:30:00Z"),
            List.of(
                new ErasureProofView.Place("register", "contact"),
                new ErasureProofView.Place("register", "invoice"),
                new ErasureProofView.Place("register", "a_table_added_later"),
                new ErasureProofView.Place("rights", ErasureProofs.ACCESS_COPIES)),
            List.of(
                new ErasureProofView.Remaining(
                    "register",
                    "invoice",
                    List.of("name", "street"),
                    List.of("ACCOUNTING_VOUCHER_PERIOD"),
                    LocalDate.of(2032, 12, 31)),
                new ErasureProofView.Remaining(
                    "register", "customer_order.summary", List.of("name"), List.of("HELD"), null),
                new ErasureProofView.Remaining(
                    "register", "a_table_added_later", List.of("email"), List.of(), null),
                new ErasureProofView.Remaining(
                    "rights", ErasureProofs.ACCESS_COPIES, List.of("2 stored"), List.of(), null)),
            ErasureProofs.KEPT_BY_DESIGN);

    String text = text(ErasureProofPdf.render(view, LocalDate.of(2026, 3, 6)));

    assertThat(text)
        .contains(view.requestId().toString())
        .contains(view.subjectId().toString())
        // 22.30 UTC on 4 March is 5 March in Finland
        .contains("5.3.2026")
        .contains("Asiakasrekisteri: laskut")
        .contains("Löytyi: etu- ja sukunimi, katuosoite")
        .contains("Säilytetään 31.12.2032 asti.")
        .contains("tilaukset, kenttä yhteenveto")
        .contains("tietueessa, jota koskee säilytysvelvoite")
        .contains("muu tietovarasto")
        .contains("Säilyttämiselle ei ole kirjattu syytä")
        .contains("tallennettuja tietojen kopioita: 2")
        .contains("Tunnisteilla haettiin 4 paikasta.");
    assertCleanFinnish(text.replace("a_table_added_later", ""));
    assertThat(text).doesNotContain("a_table_added_later");
  }

  @Test
  void givenProof_whenAskedAsJsonOrWithoutAccept_thenJson() {
    String id = erased(email("proofjson"));

    as("dpo")
        .accept("application/json")
        .get("/api/v1/requests/{id}/erasure-proof", id)
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"))
        .body("requestId", equalTo(id));
    given()
        .auth()
        .oauth2(TestTokens.user("dpo"))
        .get("/api/v1/requests/{id}/erasure-proof", id)
        .then()
        .statusCode(200)
        .contentType(startsWith("application/json"));
  }

  @Test
  void givenPdfAsked_whenNotTheDpoOrNoToken_thenRefused() {
    String id = erased(email("proofroles"));

    given()
        .accept("application/pdf")
        .get("/api/v1/requests/{id}/erasure-proof", id)
        .then()
        .statusCode(401);
    for (String user : List.of("sales", "accounting", "maija")) {
      given()
          .auth()
          .oauth2(TestTokens.user(user))
          .accept("application/pdf")
          .get("/api/v1/requests/{id}/erasure-proof", id)
          .then()
          .statusCode(403)
          .contentType("application/problem+json");
    }
    as("admin")
        .accept("application/pdf")
        .get("/api/v1/requests/{id}/erasure-proof", id)
        .then()
        .statusCode(200)
        .contentType("application/pdf");
  }

  @Test
  void givenAnotherTypeOrUnconfirmed_whenPdfAsked_thenProblemNotPdf() {
    String access = RequestApi.verified("ACCESS", email("proofpdf"));
    pdf(access).then().statusCode(404).contentType("application/problem+json");

    String requester = email("proofpdf");
    String erasure = RequestApi.verified("ERASURE", requester);
    as("dpo").post("/api/v1/requests/{id}/execute", erasure).then().statusCode(202);
    pdf(erasure).then().statusCode(409).contentType("application/problem+json");
  }

  /** Today in Finland as d.M.yyyy: the erasures here are confirmed today. */
  private static final class LetterDatesToday {
    static String today() {
      LocalDate d = RequestApi.today();
      return d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear();
    }
  }
}
