package fi.rekisteri.rights.accesspackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.register.ControllerProfile;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.Language;
import fi.rekisteri.rights.support.FakeRegister;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.FinnishText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The readable access copy (text, HTML, PDF) of a package in the shape the service stores. The
 * reviewed golden files in {@code src/test/resources/golden/copies/} are the copies of the
 * register's real export (its golden file, recorded from the real API by InternalApiGoldenTest)
 * made through the service's own code path; rewrite them after a reviewed change with {@code
 * -Dgolden.update=true}. The hand-made packages beside them hold what the finer tests look for.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class ReadableCopyTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/copies");

  private static JsonNode pkg(String language) throws IOException {
    return JsonText.read(
        Files.readString(
            GOLDEN.resolve("access-package." + language + ".json"), StandardCharsets.UTF_8));
  }

  private static final UUID REQUEST_ID = UUID.fromString("3f6d2a1e-8c4b-4f7a-9b2e-5d1c0a9e7f31");
  private static final UUID SUBJECT_ID = UUID.fromString("0b7c4d1e-2f3a-4b5c-8d6e-7f8091a2b3c4");
  private static final Instant MADE_AT = Instant.parse("2026-11-30T12:30:00Z");

  /**
   * The access package of the register's real export, made as the service makes it (the export and
   * the controller profile as the register answers them, AccessPackages) and read back as stored.
   */
  private static JsonNode fromRegisterExport(String language) {
    DataSubjectRequest request =
        RegisterExportPackagesTest.request(REQUEST_ID, RequestType.ACCESS, Language.of(language));
    String email = RegisterExportPackagesTest.EMAIL;
    JsonNode export =
        FakeRegister.answerAt("export", SUBJECT_ID, email, REQUEST_ID.toString(), MADE_AT);
    ControllerProfile profile =
        ControllerProfile.of(FakeRegister.answerAt("controller", SUBJECT_ID, email, "", MADE_AT));
    return JsonText.read(
        JsonText.write(
            AccessPackages.access(
                request,
                export,
                profile,
                List.of(request),
                RegisterExportPackagesTest.RETENTION,
                MADE_AT)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"fi, txt", "en, txt", "fi, html", "en, html"})
  void givenRegisterRealExport_whenRendered_thenMatchesReviewedGoldenFile(
      String language, String form) throws IOException {
    JsonNode pkg = fromRegisterExport(language);
    String rendered =
        form.equals("txt") ? ReadableCopyRenderer.text(pkg) : ReadableCopyRenderer.html(pkg);
    Path golden = GOLDEN.resolve("access-copy." + language + "." + form);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, rendered, StandardCharsets.UTF_8);
    }

    assertThat(rendered).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void givenFinnishPackage_whenRenderedAsText_thenNoEnglishWordCodeKeyOrIsoTimestamp()
      throws IOException {
    String text = ReadableCopyRenderer.text(pkg("fi"));

    assertThat(FinnishText.problems(text)).isEmpty();
    assertThat(text)
        .contains("Jäljennös on muodostettu 30.11.2026 klo 14.30.")
        .contains("12\u00a0400,00\u00a0€")
        .contains("Tietolähde: tarjouspyyntö, 20.2.2021")
        .doesNotContain("legalBasis")
        .doesNotContain("QUOTE_REQUEST");
  }

  /**
   * See docs/promises.md (C-579/21): one line per log entry with time, action and purpose; no
   * reader.
   */
  @Test
  void givenLogEntries_whenRendered_thenOneLinePerEntryWithTimeActionAndPurposeWorded()
      throws IOException {
    String fi = ReadableCopyRenderer.text(pkg("fi"));
    String en = ReadableCopyRenderer.text(pkg("en"));

    assertThat(fi)
        .contains(
            "\n10.11.2026 klo 11.05: tietojen muuttaminen, tarkoitus: Maksun kirjaus laskulle"
                + " L-2026-0042\n")
        .contains("\n2.10.2026 klo 13.10: tietojen katselu, tarkoitus: Tapaamisen valmistelu\n")
        .contains("\n15.6.2026 klo 8.00: tietojen katselu, tarkoitusta ei kirjattu\n")
        .contains(
            "2.11.2026 klo 10.00: tietojen tallentaminen, tarkoitus: kirjanpito ja laskutus"
                + " (käyttäjän tehtävän mukaan)")
        .doesNotContain("tietojen katselu: ")
        .doesNotContain("customer-relationship")
        .doesNotContain("accounting");
    assertThat(en)
        .contains("\n15 June 2026 at 08:00: viewing, no purpose recorded\n")
        .contains("2 October 2026 at 13:10: viewing, purpose: Tapaamisen valmistelu");
  }

  @Test
  void givenMoreEntriesThanListed_whenRendered_thenTheCopySaysHowManyMore() throws IOException {
    ObjectNode pkg = (ObjectNode) pkg("fi");
    ((ObjectNode) pkg.path("register")).put("logTotal", 907);

    assertThat(ReadableCopyRenderer.text(pkg))
        .contains("Tässä ovat 7 viimeisintä kirjausta. Lokissa on lisäksi 900 vanhempaa kirjausta");
  }

  /** An invoice sent to the accounting firm is processing on our behalf, not a disclosure. */
  @Test
  void givenInvoiceSentToProcessor_whenRendered_thenUnderProcessorsWithWhatAndWhyNotDisclosures()
      throws IOException {
    String text = ReadableCopyRenderer.text(pkg("fi"));
    String disclosures =
        text.substring(
            text.indexOf("Tietojenne luovutukset vastaanottajille"),
            text.indexOf("Maininnat muiden asiakkaiden tiedoissa"));

    assertThat(disclosures).contains("Painotalo Oy").doesNotContain("Tilitoimisto");
    assertThat(text)
        .contains(
            "Tilitoimisto Laskuri Oy, tarkoitus: kirjanpito. Käsiteltävät tiedot: nimi,"
                + " laskutusosoite sekä laskujen ja maksujen tiedot.")
        .contains(
            "Uutiskirje Palvelu Oy, tarkoitus: uutiskirjeiden lähettäminen. Käsiteltävät tiedot:"
                + " nimi ja sähköpostiosoite.")
        .contains(
            "Perintä Oy, tarkoitus: saatavien perintä. Luovutettavat tiedot: nimi, laskutusosoite"
                + " sekä maksamattoman laskun tiedot.")
        .doesNotContain("muu tarkoitus");
  }

  /**
   * The copy of the register's real export (its golden file, which the fake register serves): the
   * ledger's purposes worded, the accounting firm's invoices not a disclosure, every log entry a
   * line, every period from the export.
   */
  @Test
  void givenRegisterRealExport_whenRendered_thenDisclosuresWordedProcessorsApartLogAndPeriods() {
    var request = RegisterExportPackagesTest.request(fi.rekisteri.rights.gdpr.RequestType.ACCESS);
    var profile =
        fi.rekisteri.rights.register.ControllerProfile.of(
            fi.rekisteri.rights.support.FakeRegister.answer(
                "controller", java.util.UUID.randomUUID(), RegisterExportPackagesTest.EMAIL, ""));
    JsonNode export = RegisterExportPackagesTest.export(request);

    String text =
        ReadableCopyRenderer.text(
            AccessPackages.access(
                request,
                export,
                profile,
                java.util.List.of(request),
                RegisterExportPackagesTest.RETENTION,
                java.time.Instant.now()));
    String disclosures =
        text.substring(
            text.indexOf("Tietojenne luovutukset vastaanottajille"),
            text.indexOf("Maininnat muiden asiakkaiden tiedoissa"));

    assertThat(disclosures)
        .contains("Painotalo Oy")
        .contains("Tarkoitus: osoitetarrat postitusta varten")
        .doesNotContain("Tilitoimisto")
        .doesNotContain("muu tarkoitus");
    assertThat(text.lines().filter(line -> line.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4} klo .*")))
        .hasSize(export.path("log").size())
        .isNotEmpty();
    assertThat(text)
        .contains("Tilitoimisto Laskuri Oy, tarkoitus: kirjanpito. Käsiteltävät tiedot:")
        .contains(
            "asiakassuhteen ajan ja "
                + export.at("/retention/customerYears").asInt()
                + " vuotta sen päättymisestä")
        // 1827 days: whole years and two days, said in years with the days
        .contains(
            "Merkintä säilytetään "
                + export.at("/retention/erasureLedgerDays").asInt() / 365
                + " vuotta ("
                + String.format(
                        java.util.Locale.ROOT,
                        "%,d",
                        export.at("/retention/erasureLedgerDays").asInt())
                    .replace(',', '\u00a0')
                + " päivää)");
  }

  /** The periods come from the package's enforced values: change one and the copy follows. */
  @Test
  void givenRetentionPeriodsChanged_whenRendered_thenTheCopyStatesTheNewPeriods()
      throws IOException {
    ObjectNode pkg = (ObjectNode) pkg("fi");
    ObjectNode register = (ObjectNode) pkg.path("register").path("retention");
    register.put("customerYears", 7).put("auditYears", 2).put("erasureLedgerDays", 400);
    ((ObjectNode) pkg.path("rightsService").path("retention")).put("requestYears", 4);

    String text = ReadableCopyRenderer.text(pkg);

    assertThat(text)
        .contains("asiakassuhteen ajan ja 7 vuotta sen päättymisestä")
        .contains("Lokikirjaukset tietojenne käsittelystä säilytetään 2 vuotta")
        .contains("Merkintä säilytetään 400 päivää")
        .contains("niihin liittyvät kirjeet säilytetään 4 vuotta")
        .doesNotContain("10 vuotta sen päättymisestä");
    assertThat(FinnishText.problems(text)).isEmpty();
  }

  @Test
  void givenFinnishPackage_whenRenderedAsHtml_thenVisibleTextIsFinnishAndMarkupEscaped()
      throws IOException {
    String html = ReadableCopyRenderer.html(pkg("fi"));
    String visible = html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ");

    assertThat(FinnishText.problems(visible.replace("&lt;", "<").replace("&gt;", ">"))).isEmpty();
    assertThat(html).contains("&lt;b&gt;kiitos&lt;/b&gt;").doesNotContain("<b>kiitos</b>");
  }

  @Test
  void givenFinnishPackage_whenRenderedAsPdf_thenFontsEmbeddedAndScandinavianLettersKept()
      throws IOException {
    byte[] pdf = ReadableCopyRenderer.pdf(pkg("fi"));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text).contains("Meikäläinen").contains("Jäljennös henkilötiedoistanne");
      PDFont font =
          document
              .getPage(0)
              .getResources()
              .getFont(document.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      assertThat(font.getName()).contains("DejaVu");
    }
  }
}
