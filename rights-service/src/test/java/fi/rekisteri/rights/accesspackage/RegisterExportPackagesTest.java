package fi.rekisteri.rights.accesspackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.rights.deadline.Deadlines;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.register.ControllerProfile;
import fi.rekisteri.rights.request.Channel;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.Language;
import fi.rekisteri.rights.request.NewRequest;
import fi.rekisteri.rights.request.Origin;
import fi.rekisteri.rights.request.SubjectDetails;
import fi.rekisteri.rights.support.FakeRegister;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The packages built from the register's real export and controller profile (golden files). */
class RegisterExportPackagesTest {

  static final AccessPackages.OwnRetention RETENTION = new AccessPackages.OwnRetention(5, 90);

  static final String EMAIL = "maija@example.fi";

  static DataSubjectRequest request(RequestType type) {
    return request(UUID.randomUUID(), type, Language.FI);
  }

  static DataSubjectRequest request(UUID id, RequestType type, Language language) {
    return new NewRequest(
            type,
            Channel.LETTER,
            Origin.DPO,
            LocalDate.of(2026, 1, 31),
            language,
            new SubjectDetails(EMAIL, "Maija", "Meikäläinen", null),
            "Kirje",
            null,
            null,
            null,
            null)
        .receive(
            id,
            new Deadlines(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 19)),
            "dpo",
            Instant.parse("2026-02-02T08:00:00Z"));
  }

  static JsonNode export(DataSubjectRequest request) {
    return FakeRegister.answer("export", UUID.randomUUID(), EMAIL, request.id().toString());
  }

  @Test
  void givenRegisterExport_whenPortability_thenContactPreferencesObjectAndOrdersAsTheRegisterHas() {
    DataSubjectRequest request = request(RequestType.PORTABILITY);

    ObjectNode pkg = AccessPackages.portability(request, export(request), Instant.now());

    assertThat(pkg.at("/contact/email").asText()).isEqualTo(EMAIL);
    assertThat(pkg.at("/contact/notes").asText()).isNotBlank();
    assertThat(pkg.get("preferences").isObject()).isTrue();
    assertThat(pkg.at("/preferences/current/consentedChannels/0").asText()).isEqualTo("EMAIL");
    assertThat(pkg.at("/orders/0/number").asText()).isEqualTo(FakeRegister.ORDER_NUMBER);
    assertThat(pkg.at("/orders/0/summary").asText()).contains("\"pikatyö\"");
    assertThat(pkg.has("invoices")).isFalse();
  }

  @Test
  void givenRegisterExport_whenPortability_thenNoStaffNamesAndNoInternalState() {
    DataSubjectRequest request = request(RequestType.PORTABILITY);
    ObjectNode export = (ObjectNode) export(request);
    ((ObjectNode) export.get("orders").get(0)).put("handler", "sales");

    ObjectNode pkg = AccessPackages.portability(request, export, Instant.now());

    List<String> names = new java.util.ArrayList<>();
    fieldNames(pkg.get("contact"), names);
    fieldNames(pkg.get("preferences"), names);
    fieldNames(pkg.get("orders"), names);
    assertThat(names)
        .doesNotContain(
            "recordedBy",
            "handler",
            "disclosedBy",
            "id",
            "contactId",
            "organisationId",
            "version",
            "suppression",
            "erasedAt",
            "restriction",
            "objection",
            "createdAt",
            "updatedAt",
            "relationshipStart",
            "relationshipEnd")
        .contains("firstName", "email", "postalAddress", "notes", "number", "total", "granted");
    assertThat(pkg.toString()).doesNotContain("\"sales\"");
    assertThat(pkg.at("/contact").size()).isEqualTo(10);
    assertThat(pkg.at("/orders/0").size()).isEqualTo(6);
    assertThat(pkg.at("/preferences/history/0/kind").asText())
        .isEqualTo("DIRECT_MARKETING_CONSENT");
  }

  private static void fieldNames(JsonNode node, List<String> names) {
    if (node == null) {
      return;
    }
    node.fields()
        .forEachRemaining(
            field -> {
              names.add(field.getKey());
              fieldNames(field.getValue(), names);
            });
    if (node.isArray()) {
      node.forEach(item -> fieldNames(item, names));
    }
  }

  @Test
  void givenRegisterExportAndProfile_whenAccess_thenRegisterFactsAndDisclosures() {
    DataSubjectRequest request = request(RequestType.ACCESS);
    ControllerProfile profile =
        ControllerProfile.of(FakeRegister.answer("controller", UUID.randomUUID(), EMAIL, ""));

    ObjectNode pkg =
        AccessPackages.access(
            request, export(request), profile, List.of(request), RETENTION, Instant.now());

    assertThat(pkg.at("/controller/profile/controller/legalName").asText())
        .isEqualTo("Sähkö-Virtanen Oy");
    assertThat(pkg.at("/information/recipients/recipients/0/name").asText())
        .isEqualTo("Perintä Oy");
    assertThat(profile.processors())
        .containsExactly("Tilitoimisto Laskuri Oy", "Uutiskirje Palvelu Oy");
    assertThat(
            pkg.at("/information/recipients/disclosuresOfYourData").findValuesAsText("recipient"))
        .contains("Painotalo Oy");
    assertThat(pkg.at("/information/source/yourData/0/record").asText()).isEqualTo("contact");
    assertThat(pkg.at("/register/invoices/0/status").asText()).isEqualTo("OPEN");
  }
}
