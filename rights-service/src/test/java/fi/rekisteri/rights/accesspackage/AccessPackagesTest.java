package fi.rekisteri.rights.accesspackage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.rights.common.JsonText;
import fi.rekisteri.rights.deadline.Deadlines;
import fi.rekisteri.rights.gdpr.RequestType;
import fi.rekisteri.rights.register.ControllerProfile;
import fi.rekisteri.rights.request.Channel;
import fi.rekisteri.rights.request.DataSubjectRequest;
import fi.rekisteri.rights.request.Language;
import fi.rekisteri.rights.request.NewRequest;
import fi.rekisteri.rights.request.Origin;
import fi.rekisteri.rights.request.SubjectDetails;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessPackagesTest {

  private static final AccessPackages.OwnRetention RETENTION =
      new AccessPackages.OwnRetention(5, 90);

  private static DataSubjectRequest request(Language language) {
    return new NewRequest(
            RequestType.ACCESS,
            Channel.LETTER,
            Origin.DPO,
            LocalDate.of(2026, 1, 31),
            language,
            new SubjectDetails("maija@example.fi", "Maija", "Meikäläinen", null),
            "Kirje",
            null,
            null,
            null,
            null)
        .receive(
            UUID.randomUUID(),
            new Deadlines(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 2, 19)),
            "dpo",
            Instant.parse("2026-02-02T08:00:00Z"));
  }

  private static JsonNode export() {
    ObjectNode export = JsonText.MAPPER.createObjectNode();
    export.putObject("contact").put("email", "maija@example.fi");
    export.putArray("sources").addObject().put("channel", "EMAIL");
    return export;
  }

  @Test
  void givenNoControllerProfile_whenAccessPackageBuilt_thenFallbackFactsInRequestLanguage() {
    DataSubjectRequest request = request(Language.EN);

    ObjectNode pkg =
        AccessPackages.access(
            request,
            export(),
            ControllerProfile.none(),
            List.of(request),
            RETENTION,
            Instant.now());

    assertThat(pkg.at("/controller/source").asText()).isEqualTo("fallback");
    assertThat(pkg.at("/information/purposes").asText()).contains("customer relationship");
    assertThat(pkg.at("/information/complaintAuthority").asText())
        .contains("Lintulahdenkuja 4, 00530 Helsinki");
    assertThat(pkg.at("/information/source/yourData/0/channel").asText()).isEqualTo("EMAIL");
    assertThat(pkg.at("/rightsService/requests/0/subject/email").asText())
        .isEqualTo("maija@example.fi");
    assertThat(pkg.at("/rightsService/requests/0/timeline/0/action").asText())
        .isEqualTo("RECEIVED");
  }

  @Test
  void givenControllerProfile_whenRecipientsRead_thenNamesOfObjectsOrStrings() {
    ObjectNode doc = JsonText.MAPPER.createObjectNode();
    doc.putArray("recipients").add("Pankki Oyj").addObject().put("name", "Tilitoimisto Oy");
    doc.putArray("processors").addObject().put("name", " CRM Oy ");

    ControllerProfile profile = ControllerProfile.of(doc);

    assertThat(profile.recipients()).containsExactly("Pankki Oyj", "Tilitoimisto Oy");
    assertThat(profile.processors()).containsExactly("CRM Oy");
    assertThat(ControllerProfile.none().recipients()).isEmpty();
  }

  @Test
  void givenRegisterEnvelopeWithBilingualTexts_whenRead_thenUnwrappedAndLocalized() {
    ObjectNode view = JsonText.MAPPER.createObjectNode();
    ObjectNode profile = view.putObject("profile");
    ObjectNode party = profile.putArray("processors").addObject();
    party.put("name", "CRM Oy");
    party.putObject("role").put("fi", "Asiakasrekisteri").put("en", "Customer register");
    profile.putObject("transfers").put("fi", "Ei siirtoja").put("en", "No transfers");
    view.put("versionNumber", 2);

    ControllerProfile read = ControllerProfile.of(view);

    assertThat(read.processors()).containsExactly("CRM Oy");
    assertThat(read.profileIn("en").at("/processors/0/role").asText())
        .isEqualTo("Customer register");
    assertThat(read.profileIn("fi").at("/transfers").asText()).isEqualTo("Ei siirtoja");
  }

  @Test
  void givenValuesWithCommasQuotesAndLineBreaks_whenCsv_thenQuotedAsRfc4180() {
    ObjectNode pkg = JsonText.MAPPER.createObjectNode();
    pkg.put("requestId", "r");
    ObjectNode contact = pkg.putObject("contact");
    contact.put("notes", "Soita \"aamulla\", kiitos\ntoinen rivi");
    contact.put("phone", "+358401234567");

    String csv = PackageRenderer.csv(pkg);

    assertThat(csv)
        .isEqualTo(
            "section,field,value\r\n"
                + "contact,notes,\"Soita \"\"aamulla\"\", kiitos\ntoinen rivi\"\r\n"
                + "contact,phone,'+358401234567\r\n");
  }
}
