package fi.rekisteri.register.privacynotice;

import fi.rekisteri.register.controller.ControllerProfile;
import fi.rekisteri.register.controller.ControllerProfile.Text;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The privacy notice generated from the controller profile (R2), with the headings the seed notices
 * use, in one language: the words are those of {@link NoticeMessages}, the profile's texts in that
 * language.
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
    Words w = new Words(messages(lang), lang);
    return new PrivacyNotice(
        lang, version, validFrom, Stream.concat(who(p, w), what(p, w)).toList(), changes);
  }

  static NoticeMessages messages(String lang) {
    return MessageBundles.get(NoticeMessages.class, Localized.Literal.of(lang));
  }

  /** The bundle of the language, and the language the profile's own texts are read in. */
  private record Words(NoticeMessages m, String lang) {

    String t(Text text) {
      return switch (lang) {
        case "en" -> text.en();
        default -> text.fi();
      };
    }

    List<String> texts(List<Text> texts) {
      return texts.stream().map(this::t).toList();
    }
  }

  /** Sections 1-4: who keeps the register, and why. */
  private static Stream<Section> who(ControllerProfile p, Words w) {
    NoticeMessages m = w.m();
    ControllerProfile.Controller c = p.controller();
    ControllerProfile.Person person = p.personInCharge();
    return Stream.of(
        new Section(
            "controller",
            m.headingController(),
            List.of(
                m.controller(String.valueOf(c.legalName()), String.valueOf(c.businessId())),
                c.address(),
                join(c.phone(), c.email()))),
        new Section(
            "contact-person",
            m.headingContactPerson(),
            List.of(join(person.name(), person.title()), join(person.phone(), person.email()))),
        new Section("register-name", m.headingRegisterName(), List.of(w.t(p.registerName()))),
        new Section(
            "purposes",
            m.headingPurposes(),
            p.purposes().stream()
                .map(x -> w.t(x.description()) + " (" + m.basis(x.legalBasis()) + ")")
                .toList()));
  }

  /** Sections 5-14: what is kept, where it comes from and goes, and the person's rights. */
  private static Stream<Section> what(ControllerProfile p, Words w) {
    NoticeMessages m = w.m();
    return Stream.of(
        new Section("data-content", m.headingDataContent(), w.texts(p.dataCategories())),
        new Section("sources", m.headingSources(), w.texts(p.sources())),
        new Section("disclosures", m.headingDisclosures(), disclosures(p, w)),
        new Section("transfers", m.headingTransfers(), List.of(w.t(p.transfers()))),
        new Section("retention", m.headingRetention(), w.texts(p.retention())),
        new Section("security", m.headingSecurity(), w.texts(p.security())),
        new Section("rights", m.headingRights(), rights(m)),
        new Section("complaint", m.headingComplaint(), List.of(m.authority())),
        new Section("cookies", m.headingCookies(), List.of(w.t(p.cookies()))),
        new Section(
            "automated-decisions",
            m.headingAutomatedDecisions(),
            List.of(w.t(p.automatedDecisions()))));
  }

  private static List<String> disclosures(ControllerProfile p, Words w) {
    Stream<String> recipients =
        p.recipients().stream()
            .map(r -> r.name() + ": " + w.t(r.role()) + " (" + r.country() + ")");
    Stream<String> processors =
        p.processors().stream()
            .map(
                r ->
                    w.m()
                        .processor(
                            String.valueOf(r.name()), w.t(r.role()), String.valueOf(r.country())));
    return Stream.concat(recipients, processors).toList();
  }

  private static List<String> rights(NoticeMessages m) {
    return List.of(
        m.rightOfAccess(),
        m.rightToRectification(),
        m.rightToErasure(),
        m.rightToRestriction(),
        m.rightToPortability(),
        m.rightToObject(),
        m.answerDeadline());
  }

  private static String join(String a, String b) {
    return Stream.of(a, b).filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(", "));
  }
}
