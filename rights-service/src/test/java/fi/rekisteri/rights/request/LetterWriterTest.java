package fi.rekisteri.rights.request;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.rights.letter.ErasureLines;
import fi.rekisteri.rights.letter.LetterContext;
import fi.rekisteri.rights.letter.LetterKind;
import fi.rekisteri.rights.letter.LetterText;
import fi.rekisteri.rights.letter.LetterWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LetterWriterTest {

  private final LetterWriter writer = new LetterWriter();

  private static LetterContext context(String language) {
    return new LetterContext(
        language, UUID.randomUUID(), "ERASURE", "Maija", "Meikäläinen", LocalDate.of(2026, 1, 31));
  }

  @Test
  void givenRefusalInFinnish_whenWritten_thenReasonsAndComplaintAuthority() {
    LetterText letter = writer.refusal(context("fi"), "Pyyntö on ilmeisen perusteeton.");

    assertThat(letter.kind()).isEqualTo(LetterKind.REFUSAL);
    assertThat(letter.body())
        .startsWith("Hyvä Maija Meikäläinen,")
        .contains("Pyyntö on ilmeisen perusteeton.")
        .contains("Tietosuojavaltuutetun toimisto")
        .contains("Lintulahdenkuja 4, 00530 Helsinki")
        .contains("PL 800, 00531 Helsinki")
        .contains("029 566 6700")
        .contains("tietosuoja@om.fi")
        .contains("31.1.2026");
  }

  @Test
  void givenExtensionInEnglish_whenWritten_thenNewDeadlineAndReasons() {
    LetterText letter =
        writer.extensionNotice(context("en"), "Many requests at once.", LocalDate.of(2026, 4, 30));

    assertThat(letter.kind()).isEqualTo(LetterKind.EXTENSION_NOTICE);
    assertThat(letter.body())
        .startsWith("Dear Maija Meikäläinen,")
        .contains("30 April 2026")
        .contains("Many requests at once.")
        .contains("Article 12(3)");
  }

  @Test
  void givenErasureWithKeptInvoices_whenWritten_thenPartialRefusalWithGroundAndUntil() {
    ErasureLines lines =
        new ErasureLines(
            List.of(new ErasureLines.Erased("contact", "ANONYMISED")),
            List.of(
                new ErasureLines.Kept(
                    "invoices", "Kirjanpitolaki 2:10", "GDPR Art. 17(3)(b)", "2032-12-31")));

    LetterText letter = writer.erasure(context("fi"), lines);

    assertThat(letter.kind()).isEqualTo(LetterKind.PARTIAL_REFUSAL);
    assertThat(letter.body())
        .contains("yhteystiedot (anonymisoitu)")
        .contains(
            "laskut; peruste: Kirjanpitolaki 2:10 (GDPR Art. 17(3)(b)); säilytetään 31.12.2032")
        .contains("Tietosuojavaltuutetun toimisto");
  }

  @Test
  void givenFullErasure_whenWritten_thenCompletionWithoutComplaintParagraph() {
    LetterText letter =
        writer.erasure(
            context("en"),
            new ErasureLines(List.of(new ErasureLines.Erased("orders", "DELETED")), List.of()));

    assertThat(letter.kind()).isEqualTo(LetterKind.COMPLETION);
    assertThat(letter.body()).contains("orders (deleted)").doesNotContain("supervisory authority");
  }

  @Test
  void givenNoName_whenWritten_thenNeutralSalutation() {
    LetterContext anonymous =
        new LetterContext("en", UUID.randomUUID(), "ACCESS", null, null, LocalDate.of(2026, 2, 1));

    assertThat(writer.noDataHeld(anonymous, null).body()).startsWith("Dear customer,");
  }
}
