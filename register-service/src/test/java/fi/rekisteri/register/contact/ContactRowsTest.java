package fi.rekisteri.register.contact;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.Superuser;
import fi.rekisteri.register.support.TestData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The read of one contact as a row ({@link ContactRows}, issue 20) against the entity as Hibernate
 * loads it: every field of the contact, its objection and each cause of its restriction, and so the
 * view and the API's JSON, are the same; the reads refused before (erased, restricted for sales)
 * are refused the same and audited as before (not at all).
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ContactRowsTest {

  @Inject EntityManager entityManager;
  @Inject AgroalDataSource dataSource;
  @Inject Suppressions suppressions;
  @Inject ObjectMapper json;

  @Test
  void givenContactWithEveryFieldAndThreeCauses_whenReadAsRow_thenEveryFieldAsTheEntitys()
      throws Exception {
    UUID id = fullyRestrictedContact();
    // erased too, so that every column is set (the API does not read an erased contact)
    Superuser.update("UPDATE contact SET erased_at = now() WHERE id = ?", id);

    Contact entity = entity(id);
    Contact row = row(id);

    // the fixture fills every field, so a column the row leaves out cannot pass as two nulls
    everyFieldSet(entity);
    assertThat(entity.restrictionCauses)
        .extracting(RestrictionRecord::kind)
        .containsExactly(
            RestrictionCause.OBJECTION,
            RestrictionCause.CONTESTED_ACCURACY,
            RestrictionCause.ERASURE_HOLD);
    assertSameFields(entity, row);
    String suppression = suppression(entity);
    assertThat(suppression).isEqualTo(Suppressions.OBJECTION);
    ContactView view = row.view(suppression, true);
    assertThat(view).isEqualTo(entity.view(suppression, true));
    assertThat(row.view(suppression, false)).isEqualTo(entity.view(suppression, false));
    everyComponentSet(view);
  }

  @Test
  void givenUnrestrictedContact_whenReadAsRow_thenNoCausesAndEveryFieldAsTheEntitys()
      throws Exception {
    UUID id = UUID.fromString(Api.createContact(TestData.contact()));

    Contact row = row(id);

    assertThat(row.restricted).isFalse();
    assertThat(row.restrictionCauses).isEmpty();
    assertSameFields(entity(id), row);
    assertThat(row.view(null, true)).isEqualTo(entity(id).view(null, true));
  }

  @Test
  void givenErasedContact_whenReadAsRow_thenEveryFieldAsTheEntitysAndTheApiFindsNone()
      throws Exception {
    String id = Api.createContact(TestData.contact());
    command("erase", id, Map.of("requestId", requestId()));

    Contact row = row(UUID.fromString(id));

    assertThat(row.erased()).isTrue();
    assertSameFields(entity(UUID.fromString(id)), row);
    Response erased = as("dpo").get("/api/v1/contacts/{id}", id);
    Response none = as("dpo").get("/api/v1/contacts/{id}", UUID.randomUUID());
    assertThat(erased.statusCode()).isEqualTo(404);
    assertThat(erased.contentType()).startsWith("application/problem+json");
    assertThat(problem(erased)).isEqualTo(problem(none));
    assertThat(reads(id, "dpo")).isZero();
  }

  @Test
  void givenRestrictedContactWithCauses_whenRead_thenDpoGetsTheEntitysViewAndSalesIsRefused()
      throws Exception {
    UUID id = fullyRestrictedContact();
    Contact entity = entity(id);

    Response dpo = as("dpo").get("/api/v1/contacts/{id}", id);
    Response sales = as("sales").get("/api/v1/contacts/{id}", id);

    assertThat(dpo.statusCode()).isEqualTo(200);
    assertThat(dpo.header("ETag")).contains(String.valueOf(entity.version));
    JsonNode expected =
        json.readTree(json.writeValueAsString(entity.view(suppression(entity), true)));
    assertThat(json.readTree(dpo.asString())).isEqualTo(expected);
    assertThat(reads(id.toString(), "dpo")).isEqualTo(1);
    assertThat(sales.statusCode()).isEqualTo(409);
    assertThat(sales.contentType()).startsWith("application/problem+json");
    assertThat(json.readTree(sales.asString()).get("type").asText()).endsWith("/restricted");
    assertThat(reads(id.toString(), "sales")).isZero();
  }

  /**
   * A contact with every column set: an objection to direct marketing and on a particular
   * situation, contested accuracy with a lift scheduled, and an erasure hold (no request id).
   */
  private static UUID fullyRestrictedContact() {
    Map<String, Object> body = TestData.contact();
    body.put("title", "Hankintapäällikkö");
    body.put("organisationId", Api.createOrganisation());
    body.put("postalAddress", Map.of("street", "Postikatu 1", "postalCode", "00100", "city", "X"));
    body.put("billingAddress", Map.of("street", "Laskukatu 2", "postalCode", "00200", "city", "Y"));
    body.put("worksite", "Työmaa");
    body.put("caseNumber", "CASE-1");
    body.put("relationshipStart", "2024-01-01");
    body.put("relationshipEnd", "2030-12-31");
    String id = Api.createContact(body);
    command("objection", id, Map.of("requestId", requestId(), "kind", "DIRECT_MARKETING"));
    command(
        "objection",
        id,
        Map.of("requestId", requestId(), "kind", "PARTICULAR_SITUATION", "situation", "Muutto"));
    String contested = requestId();
    command(
        "restrict",
        id,
        Map.of("requestId", contested, "reason", "accuracy", "cause", "CONTESTED_ACCURACY"));
    command(
        "schedule-lift",
        id,
        Map.of("requestId", contested, "endsOn", LocalDate.now().plusDays(30).toString()));
    UUID contact = UUID.fromString(id);
    Superuser.update(
        "INSERT INTO contact_restriction_cause (contact_id, request_id, kind, reason, since)"
            + " VALUES (?, NULL, 'ERASURE_HOLD', 'kept for accounting', now() + interval '1 s')",
        contact);
    Superuser.update(
        "UPDATE contact SET supplementary_statement = 'oma lausunto', partially_erased_at = now()"
            + " WHERE id = ?",
        contact);
    return contact;
  }

  private static void command(String name, String id, Map<String, Object> body) {
    asRightsService()
        .body(body)
        .post("/api/v1/internal/subjects/{id}/" + name, id)
        .then()
        .statusCode(200);
  }

  private static String requestId() {
    return "req-" + TestData.unique();
  }

  /** The entity as Hibernate loads it, with its causes, after its session has closed. */
  private Contact entity(UUID id) {
    return QuarkusTransaction.requiringNew()
        .call(
            () -> {
              Contact contact = entityManager.find(Contact.class, id);
              contact.restrictionCauses.size();
              return contact;
            });
  }

  private Contact row(UUID id) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return ContactRows.find(connection, id).orElseThrow();
    }
  }

  private String suppression(Contact entity) {
    return QuarkusTransaction.requiringNew()
        .call(() -> suppressions.reasonFor(entity.email()).orElse(null));
  }

  /** The subject's READ entries by {@code actor}, as the DPO lists them. */
  private static long reads(String subjectId, String actor) {
    List<Map<String, Object>> items =
        as("dpo")
            .queryParam("subjectId", subjectId)
            .get("/api/v1/audit")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .getList("items");
    return items.stream()
        .filter(i -> "READ".equals(i.get("action")) && actor.equals(i.get("actor")))
        .count();
  }

  /** The problem without what names the one request. */
  private JsonNode problem(Response response) throws Exception {
    com.fasterxml.jackson.databind.node.ObjectNode problem =
        (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(response.asString());
    problem.remove("instance");
    return problem;
  }

  private static void assertSameFields(Object entity, Object row) throws IllegalAccessException {
    for (Field field : fields(entity.getClass())) {
      Object expected = field.get(entity);
      Object actual = field.get(row);
      String name = entity.getClass().getSimpleName() + "." + field.getName();
      if (expected instanceof List<?> causes) {
        List<?> rowCauses = (List<?>) actual;
        assertThat(rowCauses).as(name).hasSameSizeAs(causes);
        for (int i = 0; i < causes.size(); i++) {
          assertSameFields(causes.get(i), rowCauses.get(i));
        }
      } else if (expected instanceof ContactObjection) {
        assertSameFields(expected, actual);
      } else {
        assertThat(actual).as(name).isEqualTo(expected);
      }
    }
  }

  /** Every field of the contact and its objection set, each field of a cause in some cause. */
  private static void everyFieldSet(Contact contact) throws IllegalAccessException {
    for (Field field : fields(Contact.class)) {
      Object value = field.get(contact);
      assertThat(value).as("Contact." + field.getName()).isNotNull().isNotEqualTo(false);
      if (value instanceof ContactObjection objection) {
        for (Field part : fields(ContactObjection.class)) {
          assertThat(part.get(objection)).as(part.getName()).isNotNull().isNotEqualTo(false);
        }
      }
    }
    for (Field field : fields(RestrictionRecord.class)) {
      assertThat(
              contact.restrictionCauses.stream()
                  .map(cause -> get(field, cause))
                  .anyMatch(Objects::nonNull))
          .as("RestrictionRecord." + field.getName())
          .isTrue();
    }
  }

  /** Every component of the view and of its parts is set (the API shows each). */
  private static void everyComponentSet(Record view) throws Exception {
    for (RecordComponent component : view.getClass().getRecordComponents()) {
      Object value = component.getAccessor().invoke(view);
      assertThat(value).as(component.getName()).isNotNull();
      if (value instanceof Record part && !(value instanceof ContactView.Cause)) {
        everyComponentSet(part);
      }
    }
  }

  private static Object get(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The mapped fields: not Hibernate's own (bytecode enhancement) nor static ones. */
  private static List<Field> fields(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(f -> !Modifier.isStatic(f.getModifiers()) && !f.isSynthetic())
        .filter(f -> !f.getName().startsWith("$$_hibernate"))
        .peek(f -> f.setAccessible(true))
        .toList();
  }
}
