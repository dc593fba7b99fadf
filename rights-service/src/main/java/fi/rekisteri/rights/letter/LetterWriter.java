package fi.rekisteri.rights.letter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the letters to the requester in Finnish or English. Pure text generation: no I/O, no
 * state, so every letter can be checked in a plain unit test.
 */
public final class LetterWriter {

  private static final DateTimeFormatter FI_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final DateTimeFormatter EN_DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private static final Map<String, String[]> TYPES =
      Map.of(
          "ACCESS", new String[] {"tarkastusoikeus (pääsy tietoihin)", "access to your data"},
          "RECTIFICATION", new String[] {"tietojen oikaisu", "rectification of your data"},
          "ERASURE", new String[] {"tietojen poistaminen", "erasure of your data"},
          "RESTRICTION", new String[] {"käsittelyn rajoittaminen", "restriction of processing"},
          "PORTABILITY", new String[] {"tietojen siirtäminen", "data portability"},
          "OBJECTION", new String[] {"käsittelyn vastustaminen", "objection to processing"});

  private static final Map<String, String[]> FIELDS =
      Map.ofEntries(
          Map.entry("firstName", new String[] {"etunimi", "first name"}),
          Map.entry("lastName", new String[] {"sukunimi", "last name"}),
          Map.entry("title", new String[] {"tehtävänimike", "title"}),
          Map.entry("email", new String[] {"sähköpostiosoite", "email address"}),
          Map.entry("phone", new String[] {"puhelinnumero", "phone number"}),
          Map.entry("postalAddress", new String[] {"postiosoite", "postal address"}),
          Map.entry("billingAddress", new String[] {"laskutusosoite", "billing address"}),
          Map.entry("worksite", new String[] {"työmaa", "worksite"}),
          Map.entry("caseNumber", new String[] {"asianumero", "case number"}),
          Map.entry("notes", new String[] {"lisätiedot", "notes"}));

  private static final Map<String, String[]> CATEGORIES =
      Map.ofEntries(
          Map.entry("contact", new String[] {"yhteystiedot", "contact details"}),
          Map.entry("interactions", new String[] {"yhteydenpito", "interactions"}),
          Map.entry("preferences", new String[] {"markkinointiasetukset", "marketing preferences"}),
          Map.entry("orders", new String[] {"tilaukset", "orders"}),
          Map.entry("invoices", new String[] {"laskut", "invoices"}),
          Map.entry("payments", new String[] {"maksut", "payments"}),
          Map.entry("disclosures", new String[] {"luovutukset", "disclosures"}),
          Map.entry("organisation", new String[] {"organisaatiotiedot", "organisation"}));

  public LetterText extensionNotice(LetterContext c, String reasons, LocalDate newDueDate) {
    String body =
        c.english()
            ? "We need more time to handle your request. Under Article 12(3) of the General Data"
                + " Protection Regulation the period for answering is extended by two months. We"
                + " will answer at the latest on "
                + date(c, newDueDate)
                + ".\n\nReasons for the extension:\n"
                + reasons
            : "Tarvitsemme lisäaikaa pyyntönne käsittelyyn. Tietosuoja-asetuksen 12 artiklan 3"
                + " kohdan nojalla vastausaikaa jatketaan kahdella kuukaudella. Vastaamme"
                + " viimeistään "
                + date(c, newDueDate)
                + ".\n\nJatkamisen syyt:\n"
                + reasons;
    return letter(
        c,
        LetterKind.EXTENSION_NOTICE,
        title(c, "Käsittelyajan jatkaminen", "Extension of the time limit"),
        body);
  }

  public LetterText refusal(LetterContext c, String reasons) {
    String body =
        (c.english()
                ? "We cannot act on your request. Reasons:\n"
                : "Emme voi toteuttaa pyyntöänne. Perustelut:\n")
            + reasons
            + "\n\n"
            + ComplaintAuthority.paragraph(c.english());
    return letter(
        c, LetterKind.REFUSAL, title(c, "Päätös pyyntöönne", "Decision on your request"), body);
  }

  public LetterText accessProvided(LetterContext c) {
    String body =
        c.english()
            ? "Enclosed is a copy of the personal data we process about you, with the information"
                + " of Article 15(1) of the General Data Protection Regulation: the purposes of"
                + " processing, the categories of data, the recipients, the retention periods, your"
                + " rights, the right to lodge a complaint with the supervisory authority, the"
                + " sources of the data and the absence of automated decision-making. The copy is"
                + " free of charge."
            : "Ohessa on jäljennös teistä käsittelemistämme henkilötiedoista sekä"
                + " tietosuoja-asetuksen 15 artiklan 1 kohdan mukaiset tiedot: käsittelyn"
                + " tarkoitukset, tietoryhmät, vastaanottajat, säilytysajat, oikeutenne, oikeus"
                + " tehdä valitus valvontaviranomaiselle, tietojen lähteet sekä tieto siitä, ettei"
                + " automaattista päätöksentekoa käytetä. Jäljennös on maksuton.";
    return letter(
        c,
        LetterKind.COMPLETION,
        title(c, "Vastaus tarkastuspyyntöönne", "Answer to your access request"),
        body);
  }

  public LetterText portabilityProvided(LetterContext c) {
    String body =
        c.english()
            ? "Enclosed are the personal data you have provided to us (contact details, marketing"
                + " preferences and orders) in a structured, commonly used and machine-readable"
                + " format (JSON and CSV), as Article 20 of the General Data Protection Regulation"
                + " provides."
            : "Ohessa ovat meille itse antamanne henkilötiedot (yhteystiedot,"
                + " markkinointiasetukset ja tilaukset) jäsennellyssä, yleisesti käytetyssä ja"
                + " koneellisesti luettavassa muodossa (JSON ja CSV) tietosuoja-asetuksen 20"
                + " artiklan mukaisesti.";
    return letter(
        c,
        LetterKind.COMPLETION,
        title(c, "Tietojenne siirtäminen", "Your data for portability"),
        body);
  }

  public LetterText rectified(LetterContext c, List<String> changedFields) {
    String fields =
        changedFields.isEmpty()
            ? (c.english() ? "(no field needed a change)" : "(mikään tieto ei vaatinut muutosta)")
            : changedFields.stream()
                .map(f -> "- " + label(FIELDS, f, c))
                .collect(Collectors.joining("\n"));
    String body =
        (c.english()
                ? "We have corrected your data as you asked. Corrected:\n"
                : "Olemme oikaisseet tietonne pyyntönne mukaisesti. Oikaistut tiedot:\n")
            + fields
            + "\n\n"
            + (c.english()
                ? "We also tell the recipients of your data about the correction (Article 19)."
                : "Ilmoitamme oikaisusta myös tietojenne vastaanottajille (19 artikla).");
    return letter(
        c,
        LetterKind.COMPLETION,
        title(c, "Tietojenne oikaisu", "Rectification of your data"),
        body);
  }

  /** Erasure done; when something was kept, this is a partial refusal with the authority. */
  public LetterText erasure(LetterContext c, ErasureLines lines) {
    StringBuilder body = new StringBuilder();
    body.append(
        c.english()
            ? "We have erased your personal data as follows:\n"
            : "Olemme poistaneet henkilötietojanne seuraavasti:\n");
    for (ErasureLines.Erased erased : lines.erased()) {
      body.append("- ").append(label(CATEGORIES, erased.category(), c));
      if (erased.action() != null) {
        body.append(" (").append(action(c, erased.action())).append(')');
      }
      body.append('\n');
    }
    if (lines.erased().isEmpty()) {
      body.append(c.english() ? "- nothing\n" : "- ei mitään\n");
    }
    boolean partial = !lines.kept().isEmpty();
    if (partial) {
      body.append(
          c.english()
              ? "\nThe following data must be kept. It is restricted: stored but not used for"
                  + " anything else, and erased when the period ends.\n"
              : "\nSeuraavat tiedot on säilytettävä. Niiden käsittelyä on rajoitettu: ne"
                  + " säilytetään mutta niitä ei käytetä muuhun, ja ne poistetaan säilytysajan"
                  + " päätyttyä.\n");
      for (ErasureLines.Kept kept : lines.kept()) {
        body.append("- ").append(label(CATEGORIES, kept.category(), c));
        if (kept.ground() != null) {
          body.append(c.english() ? "; ground: " : "; peruste: ").append(kept.ground());
        }
        if (kept.legalBasis() != null) {
          body.append(" (").append(kept.legalBasis()).append(')');
        }
        if (kept.until() != null) {
          body.append(c.english() ? "; kept until " : "; säilytetään ")
              .append(until(c, kept.until()));
        }
        body.append('\n');
      }
      body.append(
              c.english()
                  ? "\nTo that extent we cannot act on your request.\n\n"
                  : "\nTältä osin emme voi toteuttaa pyyntöänne.\n\n")
          .append(ComplaintAuthority.paragraph(c.english()));
    } else {
      body.append(
          c.english()
              ? "\nWe also tell the recipients of your data about the erasure (Article 19)."
              : "\nIlmoitamme poistamisesta myös tietojenne vastaanottajille (19 artikla).");
    }
    return letter(
        c,
        partial ? LetterKind.PARTIAL_REFUSAL : LetterKind.COMPLETION,
        partial
            ? title(c, "Tietojenne poistaminen osittain", "Partial erasure of your data")
            : title(c, "Tietojenne poistaminen", "Erasure of your data"),
        body.toString().strip());
  }

  public LetterText restricted(LetterContext c) {
    String body =
        c.english()
            ? "We have restricted the processing of your personal data (Article 18): your data is"
                + " stored but not used, for example not for marketing, in lists or in exports to"
                + " our processors. We will tell you before the restriction is lifted."
            : "Olemme rajoittaneet henkilötietojenne käsittelyä (18 artikla): tietonne säilytetään,"
                + " mutta niitä ei käytetä esimerkiksi markkinointiin, luetteloihin eikä"
                + " luovutuksiin käsittelijöillemme. Ilmoitamme teille ennen kuin rajoitus"
                + " poistetaan.";
    return letter(
        c,
        LetterKind.COMPLETION,
        title(c, "Käsittelyn rajoittaminen", "Restriction of processing"),
        body);
  }

  public LetterText restrictionLiftNotice(LetterContext c) {
    String body =
        c.english()
            ? "As Article 18(3) of the General Data Protection Regulation requires, we inform you"
                + " before the restriction of processing of your personal data is lifted. After"
                + " that your data is processed again for the purposes told in our privacy notice."
            : "Tietosuoja-asetuksen 18 artiklan 3 kohdan mukaisesti ilmoitamme teille ennen kuin"
                + " henkilötietojenne käsittelyn rajoitus poistetaan. Sen jälkeen tietojanne"
                + " käsitellään jälleen tietosuojaselosteessa kerrottuihin tarkoituksiin.";
    return letter(
        c,
        LetterKind.RESTRICTION_LIFT_NOTICE,
        title(c, "Käsittelyn rajoituksen poistaminen", "Lifting the restriction of processing"),
        body);
  }

  public LetterText objectionRecorded(LetterContext c, boolean directMarketing) {
    String body;
    if (directMarketing) {
      body =
          c.english()
              ? "We have recorded your objection to direct marketing (Article 21(2)). Your data is"
                  + " no longer used for direct marketing."
              : "Olemme kirjanneet suoramarkkinoinnin vastustamisenne (21 artiklan 2 kohta)."
                  + " Tietojanne ei enää käytetä suoramarkkinointiin.";
    } else {
      body =
          c.english()
              ? "We have recorded your objection on grounds relating to your particular situation"
                  + " (Article 21(1)). We no longer process your data on the basis of our"
                  + " legitimate interest unless compelling legitimate grounds override your"
                  + " interests, or for legal claims."
              : "Olemme kirjanneet erityiseen tilanteeseenne perustuvan vastustamisenne (21"
                  + " artiklan 1 kohta). Emme enää käsittele tietojanne oikeutetun etumme"
                  + " perusteella, ellei käsittelyyn ole huomattavan tärkeää ja perusteltua syytä"
                  + " tai ellei se ole tarpeen oikeusvaateen käsittelemiseksi.";
    }
    return letter(
        c, LetterKind.COMPLETION, title(c, "Vastustamisilmoituksenne", "Your objection"), body);
  }

  public LetterText noDataHeld(LetterContext c, String note) {
    String body =
        (c.english()
                ? "We have checked our customer register: we hold no personal data about you"
                    + " other than your request itself."
                : "Olemme tarkistaneet asiakasrekisterimme: emme käsittele teistä muita"
                    + " henkilötietoja kuin tämän pyyntönne.")
            + optional(note);
    return letter(
        c, LetterKind.NO_DATA_HELD, title(c, "Vastaus pyyntöönne", "Answer to your request"), body);
  }

  public LetterText completed(LetterContext c, String note) {
    String body =
        (c.english()
                ? "Your request has been handled and completed."
                : "Pyyntönne on käsitelty ja toteutettu.")
            + optional(note);
    return letter(
        c, LetterKind.COMPLETION, title(c, "Vastaus pyyntöönne", "Answer to your request"), body);
  }

  public LetterText withdrawn(LetterContext c) {
    String body =
        c.english()
            ? "We confirm that your request has been withdrawn and we will not act on it."
            : "Vahvistamme, että pyyntönne on peruttu, emmekä käsittele sitä enempää.";
    return letter(
        c,
        LetterKind.WITHDRAWAL_CONFIRMATION,
        title(c, "Pyynnön peruminen", "Withdrawal of your request"),
        body);
  }

  private LetterText letter(LetterContext c, LetterKind kind, String title, String content) {
    StringBuilder body = new StringBuilder();
    String name = fullName(c);
    if (c.english()) {
      body.append(name.isEmpty() ? "Dear customer," : "Dear " + name + ",");
    } else {
      body.append(name.isEmpty() ? "Hyvä vastaanottaja," : "Hyvä " + name + ",");
    }
    body.append("\n\n");
    body.append(
            c.english()
                ? "Your request concerning " + label(TYPES, c.requestType(), c)
                : "Pyyntönne koskien: " + label(TYPES, c.requestType(), c))
        .append(c.english() ? ", received on " : ", vastaanotettu ")
        .append(date(c, c.receivedOn()))
        .append(c.english() ? "; reference " : "; viite ")
        .append(c.requestId())
        .append(".\n\n");
    body.append(content).append("\n\n");
    body.append(
        c.english()
            ? "Kind regards,\nData Protection Officer"
            : "Ystävällisin terveisin\nTietosuojavastaava");
    return new LetterText(kind, title, body.toString());
  }

  private static String fullName(LetterContext c) {
    String first = c.firstName() == null ? "" : c.firstName().strip();
    String last = c.lastName() == null ? "" : c.lastName().strip();
    return (first + " " + last).strip();
  }

  private static String title(LetterContext c, String fi, String en) {
    return c.english() ? en : fi;
  }

  private static String optional(String note) {
    return note == null || note.isBlank() ? "" : "\n\n" + note.strip();
  }

  private static String label(Map<String, String[]> labels, String key, LetterContext c) {
    String[] names = labels.get(key);
    return names == null ? key : names[c.english() ? 1 : 0];
  }

  private static String action(LetterContext c, String action) {
    return switch (action.toUpperCase(Locale.ROOT)) {
      case "DELETED", "ERASED" -> c.english() ? "deleted" : "poistettu";
      case "ANONYMISED", "ANONYMIZED" -> c.english() ? "anonymised" : "anonymisoitu";
      default -> action.toLowerCase(Locale.ROOT);
    };
  }

  private static String until(LetterContext c, String until) {
    try {
      return date(c, LocalDate.parse(until));
    } catch (RuntimeException e) {
      return until;
    }
  }

  static String date(LetterContext c, LocalDate date) {
    return date == null ? "" : date.format(c.english() ? EN_DATE : FI_DATE);
  }
}
