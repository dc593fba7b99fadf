package fi.rekisteri.rights.letter;

/** The Finnish supervisory authority (Tietosuojavaltuutetun toimisto), told in every refusal. */
public final class ComplaintAuthority {

  public static final String NAME_FI = "Tietosuojavaltuutetun toimisto";
  public static final String NAME_EN = "Office of the Data Protection Ombudsman";
  public static final String VISITING_ADDRESS = "Lintulahdenkuja 4, 00530 Helsinki";
  public static final String POSTAL_ADDRESS = "PL 800, 00531 Helsinki";
  public static final String PHONE = "029 566 6700";
  public static final String EMAIL = "tietosuoja@om.fi";

  private ComplaintAuthority() {}

  public static String paragraph(boolean english) {
    if (english) {
      return "If you consider that the processing of your personal data infringes the General Data"
          + " Protection Regulation, you have the right to lodge a complaint with the supervisory"
          + " authority:\n"
          + NAME_EN
          + " ("
          + NAME_FI
          + ")\nVisiting address: "
          + VISITING_ADDRESS
          + "\nPostal address: "
          + POSTAL_ADDRESS
          + "\nTelephone: "
          + PHONE
          + "\nEmail: "
          + EMAIL
          + "\nYou may also use other remedies, such as bringing the matter before a court.";
    }
    return "Jos katsotte, että henkilötietojenne käsittelyssä rikotaan tietosuoja-asetusta, teillä"
        + " on oikeus tehdä valitus valvontaviranomaiselle ja käyttää muita oikeussuojakeinoja,"
        + " kuten saattaa asia tuomioistuimen käsiteltäväksi:\n"
        + NAME_FI
        + "\nKäyntiosoite: "
        + VISITING_ADDRESS
        + "\nPostiosoite: "
        + POSTAL_ADDRESS
        + "\nPuhelin: "
        + PHONE
        + "\nSähköposti: "
        + EMAIL;
  }
}
