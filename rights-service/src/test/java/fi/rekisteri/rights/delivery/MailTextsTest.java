package fi.rekisteri.rights.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.stack.FinnishText;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The emails' words read as Finnish above the line; the backoff doubles up to its ceiling. */
class MailTextsTest {

  private static String finnishPart(MailText text) {
    return text.body().substring(0, text.body().indexOf("-----"));
  }

  @Test
  void givenLetterEmail_thenFinnishFirstWithNoEnglishAndOnlyTheName() {
    MailText attached = MailTexts.letter("Maija Meikäläinen", true, "https://example.fi");
    MailText linked = MailTexts.letter("Maija Meikäläinen", false, "https://example.fi");

    assertThat(FinnishText.problems(finnishPart(attached))).isEmpty();
    assertThat(FinnishText.problems(finnishPart(linked).replace("https://example.fi/me/", "")))
        .isEmpty();
    assertThat(attached.body()).startsWith("Hyvä Maija Meikäläinen,").contains("Dear Maija");
    assertThat(linked.body()).contains("https://example.fi/me/");
  }

  @Test
  void givenCodeEmail_thenFinnishFirstAndTheCodeAndThePage() {
    UUID id = UUID.randomUUID();
    MailText text = MailTexts.code(null, "012345", id, "https://example.fi", 15);

    assertThat(text.body())
        .startsWith("Hyvä vastaanottaja,")
        .contains("vahvistuskoodinne on 012345.")
        .contains("https://example.fi/verify.html?request=" + id)
        .contains("15 minuuttia");
    String finnish = finnishPart(text).replace("https://example.fi/verify.html?request=" + id, "");
    assertThat(FinnishText.problems(finnish)).isEmpty();
  }

  @Test
  void givenCodes_thenSixDigitsAndKeyedHashesThatDependOnTheKey() {
    CodeHashes one = new CodeHashes("a-key-of-sixteen-characters");
    CodeHashes other = new CodeHashes("another-key-of-sixteen-chars");
    UUID id = UUID.randomUUID();

    assertThat(CodeHashes.newCode()).matches("\\d{6}");
    assertThat(one.ofCode(id, "123456")).isEqualTo(one.ofCode(id, "123456"));
    assertThat(one.ofCode(id, "123456")).isNotEqualTo(other.ofCode(id, "123456"));
    assertThat(one.ofCode(id, "123456")).isNotEqualTo(one.ofCode(UUID.randomUUID(), "123456"));
    assertThat(one.ofAddress("Maija@Example.fi")).isEqualTo(one.ofAddress("maija@example.fi"));
  }
}
