package fi.rekisteri.register.announcement;

/**
 * The announcement of a significant change of the privacy notice: Finnish first, English below. It
 * carries no personal data beyond the addressee's name: the notice and its change log are behind
 * the link.
 */
final class NoticeAnnouncementText {

  static final String SUBJECT =
      "Tietosuojaselosteemme on muuttunut / Our privacy notice has changed";

  private static final String SEPARATOR =
      "\n\n------------------------------------------------\n\n";

  private NoticeAnnouncementText() {}

  static String body(String name, String pagesBase) {
    String fi =
        (name == null ? "Hyvä vastaanottaja" : "Hyvä " + name)
            + ",\n\nolemme päivittäneet tietosuojaselostettamme. Muutokset koskevat sitä, miten"
            + " käsittelemme henkilötietojanne. Voitte lukea uuden selosteen ja sen muutoshistorian"
            + " osoitteessa "
            + pagesBase
            + "/privacy-notice#changes"
            + "\n\nTähän viestiin ei tarvitse vastata.\n\nYstävällisin terveisin\n"
            + "Tietosuojavastaava";
    String en =
        (name == null ? "Dear recipient" : "Dear " + name)
            + ",\n\nwe have updated our privacy notice. The changes concern how we process your"
            + " personal data. You can read the new notice and its change log at "
            + pagesBase
            + "/privacy-notice?lang=en#changes"
            + "\n\nThere is no need to reply to this message.\n\nKind regards\n"
            + "Data protection officer";
    return fi + SEPARATOR + en;
  }

  /** The Finnish part alone (the {@code FinnishText} check reads it). */
  static String finnish(String body) {
    return body.substring(0, body.indexOf(SEPARATOR));
  }
}
