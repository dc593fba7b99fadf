package fi.rekisteri.rights.letter;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.FinnishText;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every letter kind in Finnish and English against a reviewed golden file in {@code
 * src/test/resources/golden/letters/}; the Finnish ones also hold no English word, code or key.
 * After a reviewed change of wording, rewrite the files with {@code -Dgolden.update=true}.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class LetterGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/letters");
  private static final UUID REQUEST = UUID.fromString("5f0c2a9e-1b7d-4c61-9a53-2d8e4b6f7a10");

  static final Letterhead DEMO =
      new Letterhead(
          "Sähkö-Virtanen Oy",
          "2077474-0",
          "Teollisuuskatu 12, 33100 Tampere",
          "+358 3 123 4567",
          "info@sahkovirtanen.example.fi",
          "Tiina Tietosuoja",
          "+358 40 765 4321",
          "tietosuoja@sahkovirtanen.example.fi",
          false);

  private static final LetterWriter WRITER =
      new LetterWriter(
          () -> Optional.of(DEMO),
          Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneId.of("Europe/Helsinki")));

  private static LetterContext context(String language, String type) {
    return new LetterContext(
        language,
        REQUEST,
        RequestType.valueOf(type),
        "Maija",
        "Meikäläinen",
        LocalDate.of(2026, 11, 20));
  }

  static Map<String, Function<String, LetterText>> letters() {
    Map<String, Function<String, LetterText>> letters = new LinkedHashMap<>();
    letters.put("access", l -> WRITER.accessProvided(context(l, "ACCESS")));
    letters.put("portability", l -> WRITER.portabilityProvided(context(l, "PORTABILITY")));
    letters.put(
        "rectification",
        l -> WRITER.rectified(context(l, "RECTIFICATION"), List.of("phone", "postalAddress")));
    letters.put(
        "rectification-unchanged", l -> WRITER.rectified(context(l, "RECTIFICATION"), List.of()));
    letters.put("erasure", l -> WRITER.erasure(context(l, "ERASURE"), fullErasure()));
    letters.put(
        "erasure-after-objection",
        l -> WRITER.erasure(context(l, "ERASURE"), erasureAfterObjection()));
    letters.put("erasure-partial", l -> WRITER.erasure(context(l, "ERASURE"), partialErasure()));
    letters.put(
        "erasure-contact-person",
        l -> WRITER.erasure(context(l, "ERASURE"), contactPersonErasure()));
    letters.put("restriction", l -> WRITER.restricted(context(l, "RESTRICTION")));
    letters.put(
        "restriction-lift-notice",
        l ->
            WRITER.restrictionLiftNotice(
                context(l, "RESTRICTION"),
                l.equals("fi")
                    ? "Toimittamanne selvitys osoittaa, että tietonne ovat oikein."
                    : "The information you sent shows that your data is correct.",
                LocalDate.of(2026, 12, 14)));
    letters.put(
        "objection-rejected",
        l ->
            WRITER.objectionRejected(
                context(l, "OBJECTION"),
                l.equals("fi")
                    ? "Tietojanne tarvitaan avoimen laskun perimiseen, eikä muuttonne ulkomaille"
                        + " muuta tätä."
                    : "Your data is needed to collect an open invoice, and your move abroad does"
                        + " not change this.",
                LocalDate.of(2026, 12, 14)));
    letters.put(
        "objection-direct-marketing", l -> WRITER.objectionRecorded(context(l, "OBJECTION"), true));
    letters.put(
        "objection-particular-situation",
        l -> WRITER.objectionRecorded(context(l, "OBJECTION"), false));
    letters.put("no-data-held", l -> WRITER.noDataHeld(context(l, "ACCESS"), null));
    letters.put("completed", l -> WRITER.completed(context(l, "OBJECTION"), null));
    letters.put(
        "extension",
        l ->
            WRITER.extensionNotice(
                context(l, "ACCESS"),
                l.equals("fi")
                    ? "Pyyntönne koskee laajaa aineistoa useiden vuosien ajalta."
                    : "Your request covers a large amount of data from several years.",
                LocalDate.of(2027, 2, 22)));
    letters.put(
        "refusal",
        l ->
            WRITER.refusal(
                context(l, "RECTIFICATION"),
                l.equals("fi")
                    ? "Tieto, jonka pyydätte oikaisemaan, on jo oikein."
                    : "The data you ask us to rectify is already correct.",
                null));
    letters.put(
        "refusal-excessive",
        l ->
            WRITER.refusal(
                context(l, "ACCESS"),
                l.equals("fi")
                    ? "Olette pyytäneet samoja tietoja neljä kertaa kolmen kuukauden aikana, eikä"
                        + " tietoihinne ole sinä aikana tehty muutoksia."
                    : "You have asked for the same data four times in three months, and your data"
                        + " has not changed in that time.",
                "EXCESSIVE"));
    letters.put(
        "refusal-manifestly-unfounded",
        l ->
            WRITER.refusal(
                context(l, "ERASURE"),
                l.equals("fi")
                    ? "Pyyntönne koskee toisen yrityksen asiakasrekisteriä; emme käsittele"
                        + " tietojanne."
                    : "Your request concerns another company's customer register; we do not"
                        + " process your data.",
                "MANIFESTLY_UNFOUNDED"));
    letters.put("withdrawal", l -> WRITER.withdrawn(context(l, "ACCESS")));
    letters.put(
        "identity-request",
        l ->
            WRITER.identityRequest(
                context(l, "ACCESS"),
                l.equals("fi")
                    ? "Kertokaa meille puhelinnumero, jonka olette antaneet meille aiemmin."
                    : "Please tell us the phone number you have given us before."));
    return letters;
  }

  static Stream<Arguments> everyLetterInBothLanguages() {
    return letters().keySet().stream()
        .flatMap(name -> Stream.of(Arguments.of(name, "fi"), Arguments.of(name, "en")));
  }

  static Stream<String> everyLetter() {
    return letters().keySet().stream();
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("everyLetterInBothLanguages")
  void givenLetter_whenWritten_thenMatchesItsReviewedGoldenFile(String name, String language)
      throws IOException {
    LetterText letter = letters().get(name).apply(language);
    Path golden = GOLDEN.resolve(name + "." + language + ".txt");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, letter.body(), StandardCharsets.UTF_8);
    }

    assertThat(golden).exists();
    assertThat(letter.body()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyLetter")
  void givenFinnishLetter_whenWritten_thenNoEnglishWordCodeOrKey(String name) {
    LetterText letter = letters().get(name).apply("fi");

    assertThat(FinnishText.problems(letter.title() + "\n" + letter.body())).isEmpty();
    assertThat(letter.body())
        .contains("Sähkö-Virtanen Oy")
        .contains("Y-tunnus 2077474-0")
        .contains("rekisteriasioista vastaava henkilö")
        .contains("30.11.2026")
        .doesNotContain("Tietosuojavastaava");
  }

  static ErasureLines fullErasure() {
    return new ErasureLines(
            List.of(
                new ErasureLines.Erased("INTERACTIONS", "ERASED"),
                new ErasureLines.Erased("PREFERENCE_HISTORY", "ERASED"),
                new ErasureLines.Erased("ORDER_DETAILS", "ANONYMISED"),
                new ErasureLines.Erased("CONTACT_RECORD", "ANONYMISED")),
            List.of())
        .with(
            ErasureLines.KeyedHash.of("ERASED", "2031-11-30"),
            List.of("Painotalo Oy", "Uutiskirje Palvelu Oy"));
  }

  /** A person who had objected to direct marketing, and whose data no one else received. */
  static ErasureLines erasureAfterObjection() {
    return new ErasureLines(
            List.of(
                new ErasureLines.Erased("INTERACTIONS", "ERASED"),
                new ErasureLines.Erased("CONTACT_RECORD", "ANONYMISED")),
            List.of())
        .with(ErasureLines.KeyedHash.of("OBJECTION", null), List.of());
  }

  static ErasureLines partialErasure() {
    return new ErasureLines(
            List.of(
                new ErasureLines.Erased("INTERACTIONS", "ERASED"),
                new ErasureLines.Erased("PREFERENCE_HISTORY", "ERASED"),
                new ErasureLines.Erased("ORDER_DETAILS", "ANONYMISED"),
                new ErasureLines.Erased("CONTACT_DETAILS_EXCEPT_BILLING", "ERASED")),
            List.of(
                new ErasureLines.Kept("OPEN_INVOICES", "OPEN_CLAIM", "LEGAL_CLAIMS", null),
                new ErasureLines.Kept(
                    "ACCOUNTING_VOUCHERS",
                    "ACCOUNTING_VOUCHER_PERIOD",
                    "LEGAL_OBLIGATION",
                    "2032-12-31")))
        .with(ErasureLines.KeyedHash.of("ERASED", "2031-11-30"), List.of("Perintä Oy"));
  }

  static ErasureLines contactPersonErasure() {
    return new ErasureLines(
        List.of(
            new ErasureLines.Erased("INTERACTIONS", "ERASED"),
            new ErasureLines.Erased("CONTACT_DETAILS_OUTSIDE_ROLE", "ERASED")),
        List.of(
            new ErasureLines.Kept(
                "CONTACT_PERSON_ROLE", "ACTING_CONTACT_PERSON", "LEGITIMATE_INTEREST", null)));
  }
}
