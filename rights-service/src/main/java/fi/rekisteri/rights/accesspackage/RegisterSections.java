package fi.rekisteri.rights.accesspackage;

import static fi.rekisteri.rights.accesspackage.CopyFormats.text;

import com.fasterxml.jackson.databind.JsonNode;
import fi.rekisteri.rights.accesspackage.ReadableCopy.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The register's export of one person, as sections of the readable copy: contact details,
 * organisation, orders, invoices, marketing preferences, contacts, disclosures to recipients and
 * the log entries. Internal values (ids, versions, staff user names) are left out.
 */
final class RegisterSections {

  private final CopyMessages words;
  private final CopyCodeMessages codes;
  private final CopyFormats formats;

  RegisterSections(CopyMessages words, CopyCodeMessages codes, CopyFormats formats) {
    this.words = words;
    this.codes = codes;
    this.formats = formats;
  }

  List<Section> all(JsonNode export) {
    List<Section> sections = new ArrayList<>();
    sections.add(contact(export.path("contact")));
    if (export.path("organisation").isObject()) {
      sections.add(organisation(export.path("organisation")));
    }
    sections.add(orders(export.path("orders")));
    if (export.has("invoices")) {
      sections.add(invoices(export.path("invoices")));
    }
    sections.add(preferences(export.path("preferences")));
    if (export.has("interactions")) {
      sections.add(interactions(export.path("interactions")));
    }
    if (export.has("disclosures")) {
      sections.add(disclosures(export.path("disclosures")));
    }
    if (export.path("mentions").isArray() && !export.path("mentions").isEmpty()) {
      sections.add(mentions(export.path("mentions")));
    }
    if (export.path("log").isArray()) {
      sections.add(log(export.path("log"), export.path("logTotal").asLong(0)));
    } else if (export.path("auditSummary").isObject()) {
      sections.add(reads(export.path("auditSummary")));
    }
    return sections;
  }

  Section contact(JsonNode contact) {
    SectionBuilder section = new SectionBuilder(words.yourDataHeading());
    section
        .row(words.firstNameLabel(), text(contact.path("firstName")))
        .row(words.lastNameLabel(), text(contact.path("lastName")))
        .row(words.titleLabel(), text(contact.path("title")))
        .row(words.emailLabel(), text(contact.path("email")))
        .row(words.phoneLabel(), text(contact.path("phone")))
        .row(words.postalAddressLabel(), address(contact.path("postalAddress")))
        .row(words.billingAddressLabel(), address(contact.path("billingAddress")))
        .row(words.worksiteLabel(), text(contact.path("worksite")))
        .row(words.caseNumberLabel(), text(contact.path("caseNumber")))
        .row(words.notesLabel(), text(contact.path("notes")))
        .row(words.supplementaryStatementLabel(), text(contact.path("supplementaryStatement")))
        .row(words.relationshipStartLabel(), formats.date(contact.path("relationshipStart")))
        .row(words.relationshipEndLabel(), formats.date(contact.path("relationshipEnd")))
        .row(words.sourceLabel(), source(contact.path("source")));
    JsonNode restriction = contact.path("restriction");
    if (restriction.path("restricted").asBoolean(false)) {
      section.row(
          words.restrictionLabel(), words.restrictedSince(formats.date(restriction.path("since"))));
    }
    JsonNode objection = contact.path("objection");
    if (objection.path("directMarketing").asBoolean(false)) {
      section.row(
          words.objectionLabel(), words.objectedSince(formats.date(objection.path("since"))));
    }
    return section.build();
  }

  private Section organisation(JsonNode organisation) {
    return new SectionBuilder(words.organisationHeading())
        .row(words.nameLabel(), text(organisation.path("name")))
        .row(words.businessIdLabel(), text(organisation.path("businessId")))
        .row(words.visitingAddressLabel(), address(organisation.path("visitingAddress")))
        .row(words.billingAddressLabel(), address(organisation.path("billingAddress")))
        .build();
  }

  Section orders(JsonNode orders) {
    SectionBuilder section = new SectionBuilder(words.ordersHeading());
    for (JsonNode order : orders) {
      SectionBuilder.Rows rows =
          new SectionBuilder.Rows()
              .add(words.worksiteLabel(), text(order.path("worksite")))
              .add(words.summaryLabel(), text(order.path("summary")))
              .add(words.totalLabel(), formats.money(order.path("total")))
              .add(words.sourceLabel(), source(order.path("source")));
      section.item(
          words.orderHeading(
              String.valueOf(text(order.path("number"))), formats.date(order.path("orderDate"))),
          rows.list(),
          List.of());
    }
    return emptyNoted(section, orders);
  }

  private Section invoices(JsonNode invoices) {
    SectionBuilder section = new SectionBuilder(words.invoicesHeading());
    for (JsonNode invoice : invoices) {
      SectionBuilder.Rows rows =
          new SectionBuilder.Rows()
              .add(words.issueDateLabel(), formats.date(invoice.path("issueDate")))
              .add(words.dueDateLabel(), formats.date(invoice.path("dueDate")))
              .add(words.amountLabel(), formats.money(invoice.path("amount")))
              .add(words.referenceNumberLabel(), text(invoice.path("referenceNumber")))
              .add(
                  words.statusLabel(),
                  codes.invoiceStatus(
                      CopyCodes.parse(
                          CopyCodes.InvoiceStatus.class, text(invoice.path("status")))));
      List<String> payments = new ArrayList<>();
      for (JsonNode payment : invoice.path("payments")) {
        payments.add(
            words.paymentLine(
                formats.date(payment.path("paidOn")), formats.money(payment.path("amount"))));
      }
      section.item(
          words.invoiceHeading(String.valueOf(text(invoice.path("number")))),
          rows.list(),
          payments);
    }
    return emptyNoted(section, invoices);
  }

  Section preferences(JsonNode preferences) {
    SectionBuilder section = new SectionBuilder(words.preferencesHeading());
    JsonNode current = preferences.path("current");
    List<String> channels = new ArrayList<>();
    for (JsonNode channel : current.path("consentedChannels")) {
      channels.add(
          codes.marketingChannel(
              CopyCodes.parse(CopyCodes.MarketingChannel.class, channel.asText())));
    }
    section.row(words.consentLabel(), channels.isEmpty() ? words.noConsent() : join(channels));
    ban(section, CopyCodes.PreferenceKind.DIRECT_MARKETING_BAN, current, "directMarketingBan");
    ban(section, CopyCodes.PreferenceKind.DISTANCE_SELLING_BAN, current, "distanceSellingBan");
    ban(section, CopyCodes.PreferenceKind.RESEARCH_BAN, current, "researchBan");
    ban(section, CopyCodes.PreferenceKind.LIST_PUBLICATION_BAN, current, "listPublicationBan");
    for (JsonNode change : preferences.path("history")) {
      SectionBuilder.Rows rows = new SectionBuilder.Rows();
      if (text(change.path("channel")) != null) {
        rows.add(
            words.channelLabel(),
            codes.marketingChannel(
                CopyCodes.parse(CopyCodes.MarketingChannel.class, text(change.path("channel")))));
      }
      rows.add(
              words.decisionLabel(),
              change.path("granted").asBoolean() ? words.granted() : words.withdrawn())
          .add(words.recordedLabel(), formats.dateTime(change.path("recordedAt")))
          .add(words.sourceLabel(), source(change.path("source")));
      section.item(
          words.historyHeading(
              codes.preferenceKind(
                  CopyCodes.parse(CopyCodes.PreferenceKind.class, text(change.path("kind"))))),
          rows.list(),
          List.of());
    }
    return section.build();
  }

  private void ban(
      SectionBuilder section, CopyCodes.PreferenceKind kind, JsonNode current, String field) {
    section.row(
        codes.preferenceKind(kind),
        current.path(field).asBoolean(false) ? words.banned() : words.notBanned());
  }

  private Section interactions(JsonNode interactions) {
    SectionBuilder section = new SectionBuilder(words.interactionsHeading());
    for (JsonNode interaction : interactions) {
      String kind =
          codes.interactionKind(
              CopyCodes.parse(CopyCodes.InteractionKind.class, text(interaction.path("kind"))));
      section.item(
          words.interactionHeading(kind, formats.dateTime(interaction.path("occurredAt"))),
          new SectionBuilder.Rows()
              .add(words.summaryLabel(), text(interaction.path("summary")))
              .list(),
          List.of());
    }
    return emptyNoted(section, interactions);
  }

  /** Passages of other customers' records that mention the person (docs/promises.md). */
  private Section mentions(JsonNode mentions) {
    SectionBuilder section =
        new SectionBuilder(words.mentionsHeading()).text(words.mentionsIntro());
    for (JsonNode mention : mentions) {
      String where =
          switch (String.valueOf(text(mention.path("recordType")))) {
            case "INTERACTION" -> words.mentionInInteraction();
            case "ORDER" -> words.mentionInOrder();
            default -> words.mentionInContact();
          };
      String foundBy =
          switch (String.valueOf(text(mention.path("matchedBy")))) {
            case "EMAIL" -> words.mentionFoundByEmail();
            case "PHONE" -> words.mentionFoundByPhone();
            default -> words.mentionFoundByName();
          };
      section.item(
          where,
          new SectionBuilder.Rows()
              .add(words.mentionPassageLabel(), text(mention.path("passage")))
              .add(words.mentionFoundByLabel(), foundBy)
              .list(),
          List.of());
    }
    return section.build();
  }

  /**
   * Disclosures to recipients of their own. What went to a processor is no disclosure: the
   * processor acts for the controller and is listed under processing, with what it receives.
   */
  private Section disclosures(JsonNode all) {
    SectionBuilder section = new SectionBuilder(words.disclosuresHeading());
    List<JsonNode> disclosures = new ArrayList<>();
    for (JsonNode disclosure : all) {
      if (!"PROCESSOR".equals(text(disclosure.path("recipientKind")))) {
        disclosures.add(disclosure);
      }
    }
    for (JsonNode disclosure : disclosures) {
      CopyCodes.ListPurpose purpose =
          CopyCodes.ListPurpose.ofRecorded(text(disclosure.path("purpose")));
      section.item(
          words.disclosureHeading(
              String.valueOf(text(disclosure.path("recipient"))),
              formats.date(disclosure.path("disclosedAt"))),
          new SectionBuilder.Rows()
              .add(words.purposeLabel(), codes.listPurpose(purpose))
              .add(words.dataCategoriesLabel(), codes.listCategories(purpose))
              .list(),
          List.of());
    }
    if (disclosures.isEmpty()) {
      section.text(words.noEntries());
    }
    return section.build();
  }

  /**
   * One line per log entry, newest first (CJEU C-579/21): the time, the action and the purpose as
   * recorded, never who read; a sentence on the older entries beyond the register's cap.
   */
  private Section log(JsonNode entries, long total) {
    SectionBuilder section = new SectionBuilder(words.readsHeading()).text(words.readsIntro());
    if (total > entries.size()) {
      section.text(words.logMore(total - entries.size(), entries.size()));
    }
    for (JsonNode entry : entries) {
      String when = formats.dateTime(entry.path("at"));
      String action =
          codes.auditAction(
              CopyCodes.parse(CopyCodes.AuditAction.class, text(entry.path("action"))));
      String recorded = text(entry.path("purpose"));
      CopyCodes.AuditPurpose byRole = CopyCodes.AuditPurpose.ofRecorded(recorded);
      if (byRole == CopyCodes.AuditPurpose.OTHER) {
        section.line(words.logLineNoPurpose(when, action));
      } else {
        section.line(
            words.logLine(when, action, byRole == null ? recorded : codes.auditPurpose(byRole)));
      }
    }
    if (entries.isEmpty()) {
      section.text(words.noEntries());
    }
    return section.build();
  }

  private Section reads(JsonNode summary) {
    SectionBuilder section =
        new SectionBuilder(words.readsHeading()).text(words.readsCountsIntro());
    for (Map.Entry<String, JsonNode> entry : summary.properties()) {
      section.row(
          codes.auditAction(CopyCodes.parse(CopyCodes.AuditAction.class, entry.getKey())),
          entry.getValue().asText());
    }
    return section.build();
  }

  private Section emptyNoted(SectionBuilder section, JsonNode list) {
    if (!list.isArray() || list.isEmpty()) {
      section.text(words.noEntries());
    }
    return section.build();
  }

  String source(JsonNode source) {
    if (!source.isObject()) {
      return null;
    }
    return words.sourceValue(
        codes.sourceChannel(
            CopyCodes.parse(CopyCodes.SourceChannel.class, text(source.path("channel")))),
        formats.date(source.path("collectedAt")));
  }

  static String address(JsonNode address) {
    if (!address.isObject()) {
      return null;
    }
    String street = text(address.path("street"));
    String postal = text(address.path("postalCode"));
    String city = text(address.path("city"));
    String place = ((postal == null ? "" : postal) + " " + (city == null ? "" : city)).strip();
    return join(
        java.util.stream.Stream.of(street, place.isEmpty() ? null : place)
            .filter(part -> part != null)
            .toList());
  }

  static String join(List<String> parts) {
    return String.join(", ", parts);
  }
}
