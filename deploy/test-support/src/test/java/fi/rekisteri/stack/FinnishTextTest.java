package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Finnish-text check finds what it claims to find, and passes what a DPO writes. */
class FinnishTextTest {

  @Test
  void givenCleanFinnish_whenProblems_thenNone() {
    assertThat(
            FinnishText.problems(
                "Asia: Vastaus pyyntöönne\nHyvä Maija Meikäläinen,\nolemme käsitelleet"
                    + " pyyntönne 12.11.2026. Tietojenne julkaiseminen luetteloissa: kielletty."
                    + " Lisäselvitys: osoite muuttui. Yhteystiedot: tietosuoja@example.fi,"
                    + " https://rekisteri.example/tietosuoja. KPL 2:10 §."))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Asia: Päätös pyyntöönne",
        "Täydentävä lausunto: osoite muuttui",
        "Päätös: annettu",
        "Kielto luovuttaa tietoja luetteloihin: kielletty",
        "Yhteyshenkilön nimi, titteli ja organisaatio",
        "Oikeus tarkastaa tietosi",
        "Oikeus siirtää antamasi tiedot",
        "Sinusta tallennetut tiedot",
        "Täällä voit käyttää oikeuksiasi",
        "pyytää jäljennöksen tiedoistasi",
        "oikaista tai poistaa tietojasi",
        "Asiakasrekisterissä ei ole tietoja kirjautumisesi sähköpostiosoitteella",
        "Voit ladata tiedot tältä sivulta",
        "Mitä haluat pyytää?",
        "Saat jäljennöksen kaikista tiedoista"
      })
  void givenForbiddenWording_whenProblems_thenFound(String text) {
    assertThat(FinnishText.problems(text)).anySatisfy(p -> assertThat(p).startsWith("forbidden"));
  }

  @Test
  void givenTeFormsThatStartLikeSinaForms_whenProblems_thenNone() {
    assertThat(
            FinnishText.problems(
                "Täällä voitte käyttää oikeuksianne. Mitä haluatte pyytää? Saatte jäljennöksen"
                    + " tiedoistanne PDF-tiedostona."))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Saapunut 2026-11-12",
        "Peruste: LEGITIMATE_INTEREST",
        "kenttä legalBasis puuttuu",
        "Your request was received",
        "Tila: open"
      })
  void givenEnglishCodesKeysOrIsoDates_whenProblems_thenFound(String text) {
    assertThat(FinnishText.problems(text)).isNotEmpty();
  }
}
