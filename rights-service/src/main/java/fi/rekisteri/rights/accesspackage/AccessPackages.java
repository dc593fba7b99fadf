package fi.rekisteri.rights.accesspackage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.letter.ComplaintAuthority;
import fi.rekisteri.rights.register.ControllerProfile;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.Language;
import fi.rekisteri.rights.request.RequestEvent;
import fi.rekisteri.rights.request.SubjectDetails;
import fi.rekisteri.rights.request.TimelineEntry;
import java.time.Instant;
import java.util.List;

/**
 * Builds what the subject receives: the access copy (Art. 15) and the portability set (Art. 20).
 * The Art. 15(1)(a)-(h) facts come from the register's controller profile, or a fallback text while
 * the register has none.
 */
public final class AccessPackages {

  private AccessPackages() {}

  /**
   * The periods this service enforces on what the copy shows of it (its requests and the copy
   * itself), from {@link fi.rekisteri.rights.request.RequestRetention} and {@link CopyRetention}.
   */
  public record OwnRetention(int requestYears, int accessCopyDays) {}

  public static ObjectNode access(
      DataSubjectRequest request,
      JsonNode export,
      ControllerProfile profile,
      List<DataSubjectRequest> ownRequests,
      OwnRetention retention,
      Instant now) {
    boolean en = request.language() == Language.EN;
    ObjectNode root = header(request, now);
    root.put("repeatWithin12Months", request.repeatWithin12Months());
    root.set("information", information(profile, export, en));
    ObjectNode controller = root.putObject("controller");
    controller.put("source", profile.fallback() ? "fallback" : "register");
    controller.set("profile", profile.profileIn(request.language().code()));
    if (!profile.fallback()) {
      controller.set("versionNumber", profile.document().get("versionNumber"));
      controller.set("validFrom", profile.document().get("validFrom"));
    }
    root.set("register", export);
    ObjectNode rights = root.putObject("rightsService");
    ObjectNode periods = rights.putObject("retention");
    periods.put("requestYears", retention.requestYears());
    periods.put("accessCopyDays", retention.accessCopyDays());
    ArrayNode requests = rights.putArray("requests");
    for (DataSubjectRequest own : ownRequests) {
      ObjectNode item = requests.addObject();
      item.put("id", own.id().toString());
      item.put("type", own.type().name());
      item.put("status", own.status().name());
      item.put("channel", own.channel().name());
      item.put("receivedOn", own.receivedOn().toString());
      item.put("dueDate", own.deadline().dueDate().toString());
      item.put("details", own.details());
      ObjectNode subject = item.putObject("subject");
      SubjectDetails details = own.requester().toSubject();
      subject.put("email", details.email());
      subject.put("firstName", details.firstName());
      subject.put("lastName", details.lastName());
      subject.put("phone", details.phone());
      ArrayNode timeline = item.putArray("timeline");
      for (RequestEvent event : own.timeline().events()) {
        TimelineEntry entry = event.view();
        ObjectNode step = timeline.addObject();
        step.put("at", entry.at().toString());
        step.put("action", entry.action());
        step.put("fromStatus", entry.fromStatus() == null ? null : entry.fromStatus().name());
        step.put("toStatus", entry.toStatus() == null ? null : entry.toStatus().name());
      }
    }
    return root;
  }

  /** Art. 20(1): the contact fields the subject gave us, in the register's names. */
  static final List<String> PROVIDED_CONTACT_FIELDS =
      List.of(
          "firstName",
          "lastName",
          "title",
          "email",
          "phone",
          "postalAddress",
          "billingAddress",
          "worksite",
          "caseNumber",
          "notes");

  static final List<String> PROVIDED_ORDER_FIELDS =
      List.of("number", "orderDate", "summary", "worksite", "total", "currency");

  static final List<String> PROVIDED_CONSENT_FIELDS =
      List.of("kind", "channel", "granted", "source", "recordedAt");

  /**
   * Art. 20: only data the subject provided and that is processed on consent or contract: her
   * contact fields, her preferences and consent history, her orders. An allow-list, so that staff
   * user names ({@code recordedBy}, {@code handler}, {@code disclosedBy}) and internal state (ids
   * other than the order number, versions, suppression, erasure and restriction, timestamps of the
   * rows) never reach it.
   */
  public static ObjectNode portability(DataSubjectRequest request, JsonNode export, Instant now) {
    ObjectNode root = header(request, now);
    JsonNode contact = export.path("contact");
    root.set("contact", contact.isObject() ? allowed(contact, PROVIDED_CONTACT_FIELDS) : null);
    ObjectNode preferences = root.putObject("preferences");
    JsonNode held = export.path("preferences");
    if (held.isObject()) {
      if (held.has("current")) {
        preferences.set("current", held.get("current"));
      }
      if (held.has("objectedToDirectMarketing")) {
        preferences.set("objectedToDirectMarketing", held.get("objectedToDirectMarketing"));
      }
      ArrayNode history = preferences.putArray("history");
      held.path("history").forEach(item -> history.add(allowed(item, PROVIDED_CONSENT_FIELDS)));
    }
    ArrayNode orders = root.putArray("orders");
    export.path("orders").forEach(order -> orders.add(allowed(order, PROVIDED_ORDER_FIELDS)));
    return root;
  }

  private static ObjectNode allowed(JsonNode from, List<String> fields) {
    ObjectNode picked = JsonText.MAPPER.createObjectNode();
    for (String field : fields) {
      if (from.has(field)) {
        picked.set(field, from.get(field));
      }
    }
    return picked;
  }

  private static ObjectNode header(DataSubjectRequest request, Instant now) {
    ObjectNode root = JsonText.MAPPER.createObjectNode();
    root.put("requestId", request.id().toString());
    root.put("type", request.type().name());
    root.put("language", request.language().code());
    root.put("generatedAt", now.toString());
    root.put("subjectId", request.subjectId() == null ? null : request.subjectId().toString());
    return root;
  }

  /** An Art. 15(1) fact: the profile's field(s) that hold it, and a text while there is none. */
  private record Fact(String fi, String en, String... fields) {
    JsonNode in(JsonNode doc, boolean english) {
      return pick(doc, english ? en : fi, fields);
    }
  }

  private static final Fact PURPOSES =
      new Fact(
          "Asiakassuhteen hoito, tilaukset, toimitukset ja laskutus; suoramarkkinointi"
              + " suostumuksella tai asiakassuhteen perusteella. Oikeusperusteet: sopimus,"
              + " oikeutettu etu (asiakassuhde), suostumus, lakisääteinen velvoite (kirjanpito).",
          "Managing the customer relationship, orders, deliveries and invoicing; direct marketing"
              + " with consent or within the customer relationship. Legal bases: contract,"
              + " legitimate interest (customer relationship), consent, legal obligation"
              + " (accounting).",
          "purposes",
          "legalBases");
  private static final Fact CATEGORIES =
      new Fact(
          "Yhteystiedot, edustettu organisaatio, tilaukset, laskut ja maksut, yhteydenpito,"
              + " markkinointiasetukset.",
          "Contact details, organisation represented, orders, invoices and payments,"
              + " interactions, marketing preferences.",
          "dataCategories",
          "categories");
  private static final Fact RECIPIENTS =
      new Fact(
          "Tilitoimisto, pankki, perintä maksamattomien laskujen osalta.",
          "Accounting firm, bank, debt collection when an invoice is unpaid.",
          "recipients");
  private static final Fact PROCESSORS =
      new Fact(
          "Asiakasrekisterin, sähköpostin ja uutiskirjeen palveluntarjoajat.",
          "Providers of the customer register, email and newsletter services.",
          "processors");
  private static final Fact TRANSFERS =
      new Fact(
          "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle.",
          "None.",
          "transfers",
          "transfersOutsideEea");
  private static final Fact RETENTION =
      new Fact(
          "Asiakassuhteen ajan ja 10 vuotta sen päättymisestä; tositteet 6 vuotta ja kirjanpito"
              + " 10 vuotta kirjanpitolain 2:10 mukaisesti.",
          "The customer relationship and 10 years after its end; accounting vouchers 6 years and"
              + " books 10 years as the Accounting Act (Kirjanpitolaki 2:10) requires.",
          "retention",
          "retentionRules");
  private static final Fact SOURCES =
      new Fact(
          "Teiltä itseltänne, edustamaltanne organisaatiolta sekä julkisista lähteistä.",
          "From you, from the organisation you represent, and from public sources.",
          "sources");
  private static final Fact AUTOMATED =
      new Fact(
          "Automaattista päätöksentekoa tai profilointia ei käytetä.",
          "No automated decision-making or profiling.",
          "automatedDecisions",
          "automatedDecisionMaking");
  private static final Fact RIGHTS =
      new Fact(
          "Voitte pyytää pääsyä tietoihinne, niiden oikaisemista tai poistamista, käsittelyn"
              + " rajoittamista ja tietojen siirtämistä sekä vastustaa käsittelyä;"
              + " suoramarkkinoinnin voi kieltää milloin tahansa maksutta. Suostumuksen voi"
              + " perua milloin tahansa.",
          "You may ask for access to, rectification or erasure of your data, restriction of"
              + " processing, data portability, and object to processing; direct marketing may be"
              + " refused at any time free of charge. A consent may be withdrawn at any time.");

  /** GDPR Art. 15(1)(a)-(h) and 15(2), tailored to the subject where the data allows. */
  private static ObjectNode information(ControllerProfile profile, JsonNode export, boolean en) {
    JsonNode doc = profile.profileIn(en ? "en" : "fi");
    ObjectNode facts = JsonText.MAPPER.createObjectNode();
    facts.set("purposes", PURPOSES.in(doc, en));
    facts.set("categories", CATEGORIES.in(doc, en));
    ObjectNode recipients = facts.putObject("recipients");
    recipients.set("recipients", RECIPIENTS.in(doc, en));
    recipients.set("processors", PROCESSORS.in(doc, en));
    recipients.set("transfersOutsideEea", TRANSFERS.in(doc, en));
    recipients.set("disclosuresOfYourData", export == null ? null : export.get("disclosures"));
    facts.set("retention", RETENTION.in(doc, en));
    facts.set("rights", RIGHTS.in(null, en));
    facts.put("complaintAuthority", ComplaintAuthority.paragraph(en));
    ObjectNode source = facts.putObject("source");
    source.set("general", SOURCES.in(doc, en));
    source.set("yourData", export == null ? null : export.get("sources"));
    facts.set("automatedDecisions", AUTOMATED.in(doc, en));
    return facts;
  }

  private static JsonNode pick(JsonNode doc, String fallback, String... fields) {
    if (doc != null) {
      for (String field : fields) {
        JsonNode value = doc.get(field);
        if (value != null && !value.isNull() && !(value.isContainerNode() && value.isEmpty())) {
          return value;
        }
      }
    }
    return JsonText.MAPPER.getNodeFactory().textNode(fallback);
  }
}
