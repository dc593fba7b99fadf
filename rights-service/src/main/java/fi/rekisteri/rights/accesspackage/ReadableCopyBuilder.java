package fi.rekisteri.rights.accesspackage;

import static fi.rekisteri.rights.accesspackage.CopyFormats.text;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.accesspackage.ReadableCopy.Section;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.request.Channel;
import fi.rekisteri.rights.request.RequestStatus;
import fi.rekisteri.rights.request.TimelineAction;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a stored package (the JSON the person can also download) into the copy a person reads: the
 * controller, the Art. 15(1) facts from the controller profile, the register's data and the
 * person's own requests, every code worded in the request's language.
 */
final class ReadableCopyBuilder {

  private final CopyMessages words;
  private final CopyCodeMessages codes;
  private final CopyFormats formats;
  private final RegisterSections register;

  private ReadableCopyBuilder(boolean english) {
    this.words =
        MessageBundles.get(CopyMessages.class, Localized.Literal.of(english ? "en" : "fi"));
    this.codes =
        MessageBundles.get(CopyCodeMessages.class, Localized.Literal.of(english ? "en" : "fi"));
    this.formats = new CopyFormats(english);
    this.register = new RegisterSections(words, codes, formats);
  }

  static ReadableCopy of(JsonNode pkg) {
    boolean english = "en".equals(pkg.path("language").asText());
    return new ReadableCopyBuilder(english).build(pkg, english);
  }

  private ReadableCopy build(JsonNode pkg, boolean english) {
    boolean portability = "PORTABILITY".equals(pkg.path("type").asText());
    String intro =
        words.generatedOn(formats.dateTime(pkg.path("generatedAt")))
            + " "
            + words.reference(pkg.path("requestId").asText());
    List<Section> sections = new ArrayList<>();
    JsonNode profile = pkg.path("controller").path("profile");
    if (portability) {
      sections.add(register.contact(pkg.path("contact")));
      sections.add(register.preferences(pkg.path("preferences")));
      sections.add(register.orders(pkg.path("orders")));
    } else {
      if (profile.isObject()) {
        sections.add(controller(profile, pkg.path("controller")));
      }
      sections.add(processing(profile, pkg.path("information"), retention(pkg)));
      if (pkg.path("register").isObject()) {
        sections.addAll(register.all(pkg.path("register")));
      }
      sections.add(requests(pkg.path("rightsService").path("requests")));
    }
    return new ReadableCopy(
        english ? "en" : "fi",
        portability ? words.portabilityTitle() : words.copyTitle(),
        intro,
        profile.isObject() ? text(profile.path("controller").path("legalName")) : null,
        sections.stream().filter(section -> !section.isEmpty()).toList());
  }

  private Section controller(JsonNode profile, JsonNode envelope) {
    JsonNode controller = profile.path("controller");
    JsonNode person = profile.path("personInCharge");
    String personLine =
        RegisterSections.join(
            java.util.stream.Stream.of(
                    text(person.path("name")),
                    text(person.path("phone")),
                    text(person.path("email")))
                .filter(part -> part != null)
                .toList());
    SectionBuilder section =
        new SectionBuilder(words.controllerHeading())
            .row(words.legalNameLabel(), text(controller.path("legalName")))
            .row(words.businessIdLabel(), text(controller.path("businessId")))
            .row(words.addressLabel(), text(controller.path("address")))
            .row(words.phoneLabel(), text(controller.path("phone")))
            .row(words.emailLabel(), text(controller.path("email")))
            .row(words.personInChargeLabel(), personLine)
            .row(words.registerNameLabel(), text(profile.path("registerName")));
    if (text(envelope.path("versionNumber")) != null) {
      section.row(
          words.noticeLabel(),
          words.noticeVersion(
              envelope.path("versionNumber").asText(), formats.date(envelope.path("validFrom"))));
    }
    return section.build();
  }

  /**
   * A period for every category the copy shows, from the values the register's retention job and
   * this service's retention runs enforce (in the package since they were); empty for a package
   * stored before, whose copy then shows the profile's text.
   */
  private List<String> retention(JsonNode pkg) {
    JsonNode register = pkg.path("register").path("retention");
    JsonNode own = pkg.path("rightsService").path("retention");
    List<String> lines = new ArrayList<>();
    if (!register.isObject() || !own.isObject()) {
      return lines;
    }
    int customerYears = register.path("customerYears").asInt();
    lines.add(
        "BILLING_YEAR_PLUS_YEARS".equals(text(register.path("customerRule")))
            ? words.retentionCustomerBillingYear(customerYears)
            : words.retentionCustomerRelationshipEnd(customerYears));
    lines.add(words.retentionProspect(register.path("prospectReviewMonths").asInt()));
    lines.add(words.retentionVouchers(register.path("voucherYears").asInt()));
    lines.add(words.retentionConsent(register.path("consentMonths").asInt()));
    lines.add(words.retentionDisclosures(register.path("disclosureYears").asInt()));
    lines.add(words.retentionLog(register.path("auditYears").asInt()));
    lines.add(words.retentionRequests(own.path("requestYears").asInt()));
    lines.add(words.retentionCopy(own.path("accessCopyDays").asInt()));
    lines.add(words.retentionSuppression(register.path("suppressionYears").asInt()));
    // kept for whole years and a day or two more (longer than any backup): said in years then
    int ledgerDays = register.path("erasureLedgerDays").asInt();
    String days = String.format(java.util.Locale.ROOT, "%,d", ledgerDays).replace(',', '\u00a0');
    lines.add(
        ledgerDays >= 730 && ledgerDays % 365 <= 3
            ? words.retentionErasureLedgerYears(ledgerDays / 365, days)
            : words.retentionErasureLedger(days));
    return lines;
  }

  private Section processing(JsonNode profile, JsonNode information, List<String> retention) {
    SectionBuilder section = new SectionBuilder(words.processingHeading());
    if (profile.isObject()) {
      List<String> purposes = new ArrayList<>();
      for (JsonNode purpose : profile.path("purposes")) {
        purposes.add(
            text(purpose.path("description"))
                + " ("
                + codes.legalBasis(
                    CopyCodes.parse(CopyCodes.LegalBasis.class, text(purpose.path("legalBasis"))))
                + ")");
      }
      section.item(words.purposesLabel(), List.of(), purposes);
      section.item(words.categoriesLabel(), List.of(), texts(profile.path("dataCategories")));
      section.item(words.recipientsLabel(), List.of(), parties(profile.path("recipients"), false));
      List<String> processors = new ArrayList<>(List.of(words.processorsIntro()));
      processors.addAll(parties(profile.path("processors"), true));
      section.item(words.processorsLabel(), List.of(), processors);
      section.item(words.transfersLabel(), List.of(), texts(profile.path("transfers")));
      section.item(
          words.retentionLabel(),
          List.of(),
          retention.isEmpty() ? texts(profile.path("retention")) : retention);
      section.item(words.sourcesLabel(), List.of(), texts(profile.path("sources")));
      section.item(words.automatedLabel(), List.of(), texts(profile.path("automatedDecisions")));
    } else {
      section.item(words.purposesLabel(), List.of(), texts(information.path("purposes")));
      section.item(words.categoriesLabel(), List.of(), texts(information.path("categories")));
      section.item(
          words.recipientsLabel(),
          List.of(),
          texts(information.path("recipients").path("recipients")));
      section.item(
          words.retentionLabel(),
          List.of(),
          retention.isEmpty() ? texts(information.path("retention")) : retention);
      section.item(
          words.automatedLabel(), List.of(), texts(information.path("automatedDecisions")));
    }
    section.item(words.rightsLabel(), List.of(), List.of(words.rightsText()));
    section.item(words.complaintLabel(), List.of(), List.of(words.complaintText()));
    return section.build();
  }

  private Section requests(JsonNode requests) {
    SectionBuilder section = new SectionBuilder(words.requestsHeading());
    for (JsonNode request : requests) {
      SectionBuilder.Rows rows =
          new SectionBuilder.Rows()
              .add(words.statusLabel(), status(code(RequestStatus.class, request.path("status"))))
              .add(
                  words.requestChannelLabel(),
                  channel(code(Channel.class, request.path("channel"))))
              .add(words.requestDueLabel(), formats.date(request.path("dueDate")))
              .add(words.detailsLabel(), text(request.path("details")));
      List<String> timeline = new ArrayList<>();
      for (JsonNode step : request.path("timeline")) {
        TimelineAction action = code(TimelineAction.class, step.path("action"));
        if (action != null) {
          timeline.add(
              words.timelineLine(formats.dateTime(step.path("at")), codes.timelineAction(action)));
        }
      }
      RequestType type = code(RequestType.class, request.path("type"));
      section.item(
          words.requestHeading(
              type == null ? "" : codes.requestType(type),
              formats.date(request.path("receivedOn"))),
          rows.list(),
          timeline);
    }
    return section.build();
  }

  private String status(RequestStatus status) {
    return status == null ? null : codes.requestStatus(status);
  }

  private String channel(Channel channel) {
    return channel == null ? null : codes.requestChannel(channel);
  }

  /**
   * Each recipient or processor with why it gets the data (its role) and what it gets: the
   * profile's words for it, else the record types and lists it receives, worded.
   */
  private List<String> parties(JsonNode parties, boolean processors) {
    List<String> lines = new ArrayList<>();
    for (JsonNode party : parties) {
      String name = text(party.path("name"));
      if (name == null) {
        continue;
      }
      String purpose = lowerFirst(text(party.path("role")));
      String categories = lowerFirst(text(party.path("dataCategories")));
      if (categories == null && party.path("receives").isArray()) {
        List<String> received = new ArrayList<>();
        for (JsonNode code : party.path("receives")) {
          String worded =
              codes.receivedData(CopyCodes.parse(CopyCodes.Received.class, code.asText()));
          if (!received.contains(worded)) {
            received.add(worded);
          }
        }
        categories = received.isEmpty() ? null : RegisterSections.join(received);
      }
      if (purpose == null) {
        lines.add(name);
      } else if (categories == null) {
        lines.add(words.partyLine(name, purpose));
      } else {
        lines.add(
            processors
                ? words.processorLine(name, purpose, categories)
                : words.recipientLine(name, purpose, categories));
      }
    }
    return lines;
  }

  /** "Kirjanpito" as it reads inside a sentence; a name or abbreviation stays as it is. */
  static String lowerFirst(String text) {
    if (text == null
        || text.length() < 2
        || !Character.isUpperCase(text.charAt(0))
        || !Character.isLowerCase(text.charAt(1))) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  private static List<String> texts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(item -> texts.add(item.asText()));
    } else if (text(node) != null) {
      texts.add(node.asText());
    }
    return texts;
  }

  private static <E extends Enum<E>> E code(Class<E> type, JsonNode node) {
    try {
      return text(node) == null ? null : Enum.valueOf(type, node.asText());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
