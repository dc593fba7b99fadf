package fi.rekisteri.register.privacynotice;

import fi.rekisteri.register.controller.ControllerProfile;
import fi.rekisteri.register.controller.ControllerProfile.Text;
import java.time.Instant;
import java.util.List;

/**
 * The privacy notice generated from the controller profile (R2), with the headings the seed notices
 * use, in one language.
 */
public record PrivacyNotice(
    String language,
    int version,
    Instant validFrom,
    List<Section> sections,
    List<Change> changeLog) {

  public record Section(String id, String heading, List<String> paragraphs) {}

  public record Change(int version, Instant validFrom, String note) {}

  static PrivacyNotice of(
      ControllerProfile p, String lang, int version, Instant validFrom, List<Change> changes) {
    boolean fi = lang.equals("fi");
    ControllerProfile.Controller c = p.controller();
    ControllerProfile.Person person = p.personInCharge();
    return new PrivacyNotice(
        lang,
        version,
        validFrom,
        List.of(
            new Section(
                "controller",
                fi ? "1. Rekisterinpitäjä" : "1. Controller",
                List.of(
                    c.legalName()
                        + " ("
                        + (fi ? "Y-tunnus " : "Business ID ")
                        + c.businessId()
                        + ")",
                    c.address(),
                    join(c.phone(), c.email()))),
            new Section(
                "contact-person",
                fi
                    ? "2. Rekisteriasioista vastaava yhteyshenkilö"
                    : "2. Contact person for register matters",
                List.of(join(person.name(), person.title()), join(person.phone(), person.email()))),
            new Section(
                "register-name",
                fi ? "3. Rekisterin nimi" : "3. Name of the register",
                List.of(t(p.registerName(), fi))),
            new Section(
                "purposes",
                fi
                    ? "4. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste"
                    : "4. Purposes and legal bases of processing",
                p.purposes().stream()
                    .map(x -> t(x.description(), fi) + " (" + basis(x.legalBasis(), fi) + ")")
                    .toList()),
            new Section(
                "data-content",
                fi ? "5. Rekisterin tietosisältö" : "5. Data content of the register",
                texts(p.dataCategories(), fi)),
            new Section(
                "sources",
                fi ? "6. Säännönmukaiset tietolähteet" : "6. Regular sources of data",
                texts(p.sources(), fi)),
            new Section(
                "disclosures",
                fi
                    ? "7. Tietojen säännönmukaiset luovutukset ja käsittelijät"
                    : "7. Regular disclosures and processors",
                concat(
                    p.recipients().stream()
                        .map(r -> r.name() + ": " + t(r.role(), fi) + " (" + r.country() + ")")
                        .toList(),
                    p.processors().stream()
                        .map(
                            r ->
                                r.name()
                                    + ": "
                                    + t(r.role(), fi)
                                    + " ("
                                    + (fi ? "käsittelijä, " : "processor, ")
                                    + r.country()
                                    + ")")
                        .toList())),
            new Section(
                "transfers",
                fi
                    ? "8. Tietojen siirto EU:n tai ETA:n ulkopuolelle"
                    : "8. Transfers outside the EU or EEA",
                List.of(t(p.transfers(), fi))),
            new Section(
                "retention",
                fi ? "9. Tietojen säilytysaika" : "9. Retention",
                texts(p.retention(), fi)),
            new Section(
                "security",
                fi ? "10. Rekisterin suojauksen periaatteet" : "10. Security principles",
                texts(p.security(), fi)),
            new Section(
                "rights", fi ? "11. Rekisteröidyn oikeudet" : "11. Your rights", rights(fi)),
            new Section(
                "complaint",
                fi
                    ? "12. Oikeus tehdä valitus valvontaviranomaiselle"
                    : "12. Right to lodge a complaint with the supervisory authority",
                List.of(
                    fi
                        ? "Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki; PL 800, 00531 Helsinki; puh. 029 566 6700; tietosuoja@om.fi"
                        : "Office of the Data Protection Ombudsman (Tietosuojavaltuutetun toimisto), Lintulahdenkuja 4, 00530 Helsinki; P.O. Box 800, 00531 Helsinki; tel. +358 29 566 6700; tietosuoja@om.fi")),
            new Section(
                "cookies", fi ? "13. Evästeet" : "13. Cookies", List.of(t(p.cookies(), fi))),
            new Section(
                "automated-decisions",
                fi
                    ? "14. Automaattinen päätöksenteko ja profilointi"
                    : "14. Automated decisions and profiling",
                List.of(t(p.automatedDecisions(), fi)))),
        changes);
  }

  private static List<String> rights(boolean fi) {
    return fi
        ? List.of(
            "Oikeus tarkastaa tietonne (tarkastusoikeus). Ensimmäinen jäljennös on maksuton.",
            "Oikeus vaatia virheellisen tiedon oikaisua.",
            "Oikeus tietojen poistamiseen, ellei laki tai avoin saatava estä sitä.",
            "Oikeus käsittelyn rajoittamiseen.",
            "Oikeus siirtää antamanne tiedot järjestelmästä toiseen.",
            "Oikeus vastustaa suoramarkkinointia milloin tahansa maksutta, ja käsittelyä erityiseen tilanteeseen liittyvällä perusteella.",
            "Pyyntöihin vastataan viipymättä ja viimeistään kuukauden kuluessa.")
        : List.of(
            "Right of access to your data. The first copy is free of charge.",
            "Right to have inaccurate data rectified.",
            "Right to erasure, unless the law or an open claim prevents it.",
            "Right to restriction of processing.",
            "Right to data portability of the data you provided.",
            "Right to object to direct marketing at any time free of charge, and to processing on grounds relating to your particular situation.",
            "Requests are answered without undue delay and at the latest within one month.");
  }

  private static String basis(ControllerProfile.LegalBasis basis, boolean fi) {
    return switch (basis) {
      case CONTRACT -> fi ? "sopimus" : "contract";
      case LEGITIMATE_INTEREST ->
          fi ? "oikeutettu etu: asiakassuhde" : "legitimate interest: customer relationship";
      case CONSENT -> fi ? "suostumus" : "consent";
      case LEGAL_OBLIGATION -> fi ? "lakisääteinen velvoite" : "legal obligation";
    };
  }

  private static String t(Text text, boolean fi) {
    return fi ? text.fi() : text.en();
  }

  private static List<String> texts(List<Text> texts, boolean fi) {
    return texts.stream().map(x -> t(x, fi)).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static String join(String a, String b) {
    return java.util.stream.Stream.of(a, b)
        .filter(s -> s != null && !s.isBlank())
        .collect(java.util.stream.Collectors.joining(", "));
  }
}
