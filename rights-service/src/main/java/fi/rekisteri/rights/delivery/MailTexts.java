package fi.rekisteri.rights.delivery;

import java.util.UUID;

/**
 * The words of the emails, Finnish first and English below. A letter's email carries no personal
 * data beyond the addressee's name: the letter itself is behind the login or, for a requester
 * without one, the attached PDF.
 */
final class MailTexts {

  private static final String SEPARATOR =
      "\n\n------------------------------------------------\n\n";

  private MailTexts() {}

  static MailText letter(String name, boolean attached, String pagesBase) {
    String fi =
        greetingFi(name)
            + "olemme kirjoittaneet teille tietosuojapyyntöönne liittyvän kirjeen. "
            + (attached
                ? "Kirje on tämän viestin liitteenä."
                : "Voitte lukea sen kirjautumalla palveluun: " + pagesBase + "/me/")
            + "\n\nYstävällisin terveisin\nTietosuojavastaava";
    String en =
        greetingEn(name)
            + "we have written you a letter about your data protection request. "
            + (attached
                ? "The letter is attached to this message."
                : "You can read it by signing in at " + pagesBase + "/me/")
            + "\n\nKind regards\nData protection officer";
    return new MailText(
        "Kirje tietosuojapyyntöönne / A letter about your request", fi + SEPARATOR + en);
  }

  static MailText code(String name, String code, UUID requestId, String pagesBase, int minutes) {
    String page = pagesBase + "/verify.html?request=" + requestId;
    String fi =
        greetingFi(name)
            + "vahvistuskoodinne on "
            + code
            + ". Syöttäkää se sivulla "
            + page
            + " vahvistaaksenne henkilöllisyytenne. Koodi on voimassa "
            + minutes
            + " minuuttia.\n\nJos ette ole tehneet tietosuojapyyntöä, voitte jättää tämän viestin"
            + " huomiotta.\n\nYstävällisin terveisin\nTietosuojavastaava";
    String en =
        greetingEn(name)
            + "your verification code is "
            + code
            + ". Enter it at "
            + page
            + " to confirm your identity. The code is valid for "
            + minutes
            + " minutes.\n\nIf you have not made a data protection request, you can ignore this"
            + " message.\n\nKind regards\nData protection officer";
    return new MailText("Vahvistuskoodi / Verification code", fi + SEPARATOR + en);
  }

  private static String greetingFi(String name) {
    return (name == null ? "Hyvä vastaanottaja" : "Hyvä " + name) + ",\n\n";
  }

  private static String greetingEn(String name) {
    return (name == null ? "Dear recipient" : "Dear " + name) + ",\n\n";
  }
}
