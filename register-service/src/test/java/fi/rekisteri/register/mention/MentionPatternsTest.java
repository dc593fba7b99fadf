package fi.rekisteri.register.mention;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.register.mention.MentionPatterns.Hit;
import fi.rekisteri.register.mention.MentionPatterns.Identifiers;
import fi.rekisteri.register.mention.MentionPatterns.MatchedBy;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MentionPatternsTest {

  private static final Identifiers MAIJA =
      Identifiers.of("Maija.Meikalainen@Example.fi", "+358401234567", "Maija", "Meikäläinen");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "040-123 4567",
        "0401234567",
        "+358 40 123 4567",
        "+358401234567",
        "00358 40 123 4567",
        "+358 040 123 4567",
        "040 123 4567",
        "040 1234 567"
      })
  void givenACommonFinnishSpelling_whenPhone_thenTheSameE164(String spelling) {
    assertThat(MentionPatterns.keys("soita Maijalle " + spelling + " huomenna"))
        .containsExactly("+358401234567");
  }

  @Test
  void givenAnotherNumberOrDigitsAround_whenPhone_thenNotHers() {
    assertThat(MentionPatterns.hits("tilaus 12.3.2024, viite 1234567, 040 123 4568", MAIJA))
        .isEmpty();
    assertThat(MentionPatterns.hits("tili 90401234567", MAIJA)).isEmpty();
  }

  @Test
  void givenAnyCase_whenEmail_thenFoundWithoutTheFullStopAfterIt() {
    String text = "Lähetä tarjous: MAIJA.MEIKALAINEN@example.FI.";
    List<Hit> hits = MentionPatterns.hits(text, MAIJA);

    assertThat(hits).hasSize(1);
    assertThat(text.substring(hits.get(0).start(), hits.get(0).end()))
        .isEqualTo("MAIJA.MEIKALAINEN@example.FI");
  }

  @Test
  void givenEitherOrderAnyCase_whenName_thenFoundAsWholeWordsOnly() {
    assertThat(MentionPatterns.hits("Yhteyshenkilö maija MEIKÄLÄINEN, työmaa", MAIJA))
        .extracting(Hit::matchedBy)
        .containsExactly(MatchedBy.NAME);
    assertThat(MentionPatterns.hits("Meikäläinen Maija soitti", MAIJA)).hasSize(1);
    // a namesake's longer name is not hers
    assertThat(
            MentionPatterns.hits(
                "Anna-Maija Meikäläinen ja Maija Meikäläinen-Virta",
                Identifiers.of(null, null, "Maija", "Meikäläinen")))
        .isEmpty();
  }

  @Test
  void givenOtherPeoplesNumbers_whenPassage_thenTheyAreMasked() {
    String text =
        "Pitkä muistiinpano, jossa on paljon sanoja ennen osumaa. Soita Maijalle 040 123 4567"
            + " tai Pekalle 050 765 4321 ja kerro tarjouksesta pekka@example.fi. Loppu.";
    Hit hit = MentionPatterns.hits(text, MAIJA).get(0);

    String passage = MentionPatterns.passage(text, hit, MAIJA);

    assertThat(passage).contains("040 123 4567").startsWith("…").doesNotContain("765 4321");
    assertThat(passage).doesNotContain("pekka@example.fi");
    assertThat(passage.length()).isLessThan(140);
  }

  @Test
  void givenTwoHits_whenRedacted_thenBothReplacedAndTheNewSpansPointAtTheMarks() {
    String text = "a 040 123 4567 b maija.meikalainen@example.fi c";
    MentionText.Redacted redacted = MentionText.redacted(text, MentionPatterns.hits(text, MAIJA));

    assertThat(redacted.text()).isEqualTo("a [poistettu] b [poistettu] c");
    for (Hit span : redacted.spans()) {
      assertThat(redacted.text().substring(span.start(), span.end())).isEqualTo("[poistettu]");
    }
  }
}
