package fi.rekisteri.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.rekisteri.client.register.ApiClient;
import fi.rekisteri.client.register.ApiException;
import fi.rekisteri.client.register.ApiResponse;
import fi.rekisteri.client.register.api.ContactsApi;
import fi.rekisteri.client.register.api.OrganisationsApi;
import fi.rekisteri.client.register.model.ContactRequest;
import fi.rekisteri.client.register.model.ContactView;
import fi.rekisteri.client.register.model.FieldError;
import fi.rekisteri.client.register.model.OrganisationRequest;
import fi.rekisteri.client.register.model.OrganisationView;
import fi.rekisteri.client.register.model.PageContactView;
import fi.rekisteri.client.register.model.Problem;
import fi.rekisteri.client.register.model.Source;
import fi.rekisteri.client.register.model.SourceChannel;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Java client generated from the register's committed OpenAPI document (openapi-generator,
 * library native, see this module's pom) works against the real register, as a sales tool would use
 * it: it creates, searches, reads with the ETag, updates with If-Match, and reads the documented
 * problem+json answers of a stale ETag (412) and of bad input (400).
 */
class RegisterClientSmokeTest {

  private static ContactsApi contacts;
  private static OrganisationsApi organisations;
  private static ApiClient client;

  @BeforeAll
  static void connect() {
    client = new ApiClient();
    client.updateBaseUri(Platform.register());
    String bearer = Platform.bearer("sales");
    client.setRequestInterceptor(request -> request.header("Authorization", bearer));
    contacts = new ContactsApi(client);
    organisations = new OrganisationsApi(client);
  }

  @Test
  void givenGeneratedClient_whenSalesToolWorksWithAContact_thenEveryDocumentedAnswerHolds()
      throws Exception {
    OrganisationView organisation =
        organisations.createOrganisation(new OrganisationRequest().name("Asiakas Oy"));
    assertThat(organisation.getId()).isNotNull();

    String email = "asiakas." + UUID.randomUUID() + "@example.fi";
    ApiResponse<ContactView> created =
        contacts.createContactWithHttpInfo(contact(email).organisationId(organisation.getId()));
    assertThat(created.getStatusCode()).isEqualTo(201);
    UUID id = created.getData().getId();

    PageContactView found = contacts.searchContacts(null, null, email, null, null, null, null);
    assertThat(found.getItems()).extracting(ContactView::getId).containsExactly(id);

    ApiResponse<ContactView> read = contacts.getContactWithHttpInfo(id);
    String etag = header(read, "ETag");
    assertThat(etag).isNotBlank();
    assertThat(read.getData().getEmail()).isEqualTo(email);

    ApiResponse<ContactView> updated =
        contacts.updateContactWithHttpInfo(
            id, contact(email).organisationId(organisation.getId()).title("Ostopäällikkö"), etag);
    assertThat(updated.getStatusCode()).isEqualTo(200);
    assertThat(updated.getData().getTitle()).isEqualTo("Ostopäällikkö");
    assertThat(header(updated, "ETag")).isNotEqualTo(etag);

    ApiException stale =
        catchThrowableOfType(
            ApiException.class,
            () -> contacts.updateContact(id, contact(email).title("Myyntipäällikkö"), etag));
    assertThat(stale.getCode()).isEqualTo(412);
    Problem precondition = problem(stale);
    assertThat(precondition.getStatus()).isEqualTo(412);
    assertThat(precondition.getTitle()).isNotBlank();
    assertThat(contacts.getContact(id).getTitle()).isEqualTo("Ostopäällikkö");
  }

  @Test
  void givenGeneratedClient_whenInputIsBad_thenProblemJsonNamesTheField() throws Exception {
    ApiException invalid =
        catchThrowableOfType(
            ApiException.class, () -> contacts.createContact(contact("not-an-email")));

    assertThat(invalid.getCode()).isEqualTo(400);
    assertThat(invalid.getResponseHeaders().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    Problem problem = problem(invalid);
    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getErrors()).extracting(FieldError::getField).contains("email");
  }

  private static ContactRequest contact(String email) {
    return new ContactRequest()
        .firstName("Aino")
        .lastName("Asiakas")
        .email(email)
        .source(
            new Source()
                .channel(SourceChannel.EMAIL)
                .collectedAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5)));
  }

  private static String header(ApiResponse<?> response, String name) {
    return response.getHeaders().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst()
        .orElse(null);
  }

  private static Problem problem(ApiException e) throws Exception {
    return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
  }
}
