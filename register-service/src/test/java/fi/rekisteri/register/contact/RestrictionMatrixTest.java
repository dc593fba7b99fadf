package fi.rekisteri.register.contact;

import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Restricted data is stored, not used (GDPR Art. 18, R16, R17): every operation of the register's
 * API on one contact, by every staff role, with the contact free, restricted on the data subject's
 * request, or restricted because a partial erasure had to keep its invoices. The expectation of
 * each cell is the table {@link #MATRIX}, written from the restriction rules:
 *
 * <ul>
 *   <li>nobody changes a restricted contact, adds orders, interactions or preferences to it, or
 *       changes, deletes or moves onto it an order, except that a withdrawal of consent or a
 *       marketing prohibition is always recorded by whoever records preferences (Art. 7(3), 21(3))
 *   <li>sales neither reads nor finds it, also not among an organisation's contacts nor through its
 *       orders
 *   <li>accounting reads the invoices and settles open ones (bookkeeping, legal claims)
 *   <li>the DPO and the administrator read it
 * </ul>
 *
 * A role that never had the right gets 403 in both states.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class RestrictionMatrixTest {

  /** What the call must answer. */
  enum Outcome {
    /** 2xx; a list holds the contact (or its record). */
    OK,
    /** 200, but the list leaves the contact (or its record) out. */
    HIDDEN,
    /** 409 problem+json whose type ends in /restricted. */
    RESTRICTED,
    /** 403: the role never had the right. */
    FORBIDDEN
  }

  enum State {
    FREE,
    /** RESTRICTION request through the internal restrict command. */
    REQUESTED,
    /** What a partial erasure kept because of an open invoice. */
    ERASURE_HOLD
  }

  enum Operation {
    READ_CONTACT,
    SEARCH_CONTACTS,
    ORGANISATION_CONTACTS,
    UPDATE_CONTACT,
    DELETE_CONTACT,
    LIST_ORDERS,
    READ_ORDER,
    CREATE_ORDER,
    UPDATE_ORDER,
    DELETE_ORDER,
    /** Another (free) contact's order given to this contact. */
    MOVE_ORDER_HERE,
    CREATE_INTERACTION,
    READ_INTERACTIONS,
    SET_PREFERENCE,
    WITHDRAW_CONSENT,
    SET_BAN,
    READ_PREFERENCES,
    READ_INVOICES,
    RECORD_PAYMENT,
    SETTLE_INVOICE
  }

  /** operation, role, outcome when free, outcome when restricted (for either cause). */
  private static final String MATRIX =
      """
      READ_CONTACT           sales       OK         RESTRICTED
      READ_CONTACT           accounting  OK         OK
      READ_CONTACT           dpo         OK         OK
      READ_CONTACT           admin       OK         OK
      SEARCH_CONTACTS        sales       OK         HIDDEN
      SEARCH_CONTACTS        accounting  OK         OK
      SEARCH_CONTACTS        dpo         OK         OK
      SEARCH_CONTACTS        admin       OK         OK
      ORGANISATION_CONTACTS  sales       OK         HIDDEN
      ORGANISATION_CONTACTS  accounting  OK         OK
      ORGANISATION_CONTACTS  dpo         OK         OK
      ORGANISATION_CONTACTS  admin       OK         OK
      UPDATE_CONTACT         sales       OK         RESTRICTED
      UPDATE_CONTACT         accounting  FORBIDDEN  FORBIDDEN
      UPDATE_CONTACT         dpo         FORBIDDEN  FORBIDDEN
      UPDATE_CONTACT         admin       OK         RESTRICTED
      DELETE_CONTACT         sales       OK         RESTRICTED
      DELETE_CONTACT         accounting  FORBIDDEN  FORBIDDEN
      DELETE_CONTACT         dpo         FORBIDDEN  FORBIDDEN
      DELETE_CONTACT         admin       OK         RESTRICTED
      LIST_ORDERS            sales       OK         HIDDEN
      LIST_ORDERS            accounting  OK         OK
      LIST_ORDERS            dpo         OK         OK
      LIST_ORDERS            admin       OK         OK
      READ_ORDER             sales       OK         RESTRICTED
      READ_ORDER             accounting  OK         OK
      READ_ORDER             dpo         OK         OK
      READ_ORDER             admin       OK         OK
      CREATE_ORDER           sales       OK         RESTRICTED
      CREATE_ORDER           accounting  FORBIDDEN  FORBIDDEN
      CREATE_ORDER           dpo         FORBIDDEN  FORBIDDEN
      CREATE_ORDER           admin       OK         RESTRICTED
      UPDATE_ORDER           sales       OK         RESTRICTED
      UPDATE_ORDER           accounting  FORBIDDEN  FORBIDDEN
      UPDATE_ORDER           dpo         FORBIDDEN  FORBIDDEN
      UPDATE_ORDER           admin       OK         RESTRICTED
      DELETE_ORDER           sales       OK         RESTRICTED
      DELETE_ORDER           accounting  FORBIDDEN  FORBIDDEN
      DELETE_ORDER           dpo         FORBIDDEN  FORBIDDEN
      DELETE_ORDER           admin       OK         RESTRICTED
      MOVE_ORDER_HERE        sales       OK         RESTRICTED
      MOVE_ORDER_HERE        accounting  FORBIDDEN  FORBIDDEN
      MOVE_ORDER_HERE        dpo         FORBIDDEN  FORBIDDEN
      MOVE_ORDER_HERE        admin       OK         RESTRICTED
      CREATE_INTERACTION     sales       OK         RESTRICTED
      CREATE_INTERACTION     accounting  FORBIDDEN  FORBIDDEN
      CREATE_INTERACTION     dpo         FORBIDDEN  FORBIDDEN
      CREATE_INTERACTION     admin       OK         RESTRICTED
      READ_INTERACTIONS      sales       OK         RESTRICTED
      READ_INTERACTIONS      accounting  FORBIDDEN  FORBIDDEN
      READ_INTERACTIONS      dpo         OK         OK
      READ_INTERACTIONS      admin       OK         OK
      SET_PREFERENCE         sales       OK         RESTRICTED
      SET_PREFERENCE         accounting  FORBIDDEN  FORBIDDEN
      SET_PREFERENCE         dpo         FORBIDDEN  FORBIDDEN
      SET_PREFERENCE         admin       OK         RESTRICTED
      WITHDRAW_CONSENT       sales       OK         OK
      WITHDRAW_CONSENT       accounting  FORBIDDEN  FORBIDDEN
      WITHDRAW_CONSENT       dpo         FORBIDDEN  FORBIDDEN
      WITHDRAW_CONSENT       admin       OK         OK
      SET_BAN                sales       OK         OK
      SET_BAN                accounting  FORBIDDEN  FORBIDDEN
      SET_BAN                dpo         FORBIDDEN  FORBIDDEN
      SET_BAN                admin       OK         OK
      READ_PREFERENCES       sales       OK         RESTRICTED
      READ_PREFERENCES       accounting  FORBIDDEN  FORBIDDEN
      READ_PREFERENCES       dpo         OK         OK
      READ_PREFERENCES       admin       OK         OK
      READ_INVOICES          sales       FORBIDDEN  FORBIDDEN
      READ_INVOICES          accounting  OK         OK
      READ_INVOICES          dpo         OK         OK
      READ_INVOICES          admin       OK         OK
      RECORD_PAYMENT         sales       FORBIDDEN  FORBIDDEN
      RECORD_PAYMENT         accounting  OK         OK
      RECORD_PAYMENT         dpo         FORBIDDEN  FORBIDDEN
      RECORD_PAYMENT         admin       OK         OK
      SETTLE_INVOICE         sales       FORBIDDEN  FORBIDDEN
      SETTLE_INVOICE         accounting  OK         OK
      SETTLE_INVOICE         dpo         FORBIDDEN  FORBIDDEN
      SETTLE_INVOICE         admin       OK         OK
      """;

  static Stream<Arguments> cells() {
    List<String[]> rows =
        MATRIX
            .lines()
            .map(String::trim)
            .filter(l -> !l.isEmpty())
            .map(l -> l.split("\\s+"))
            .toList();
    // the table covers every operation for every role, once
    assertThat(rows).hasSize(Operation.values().length * 4);
    assertThat(rows.stream().map(r -> r[0] + " " + r[1]).distinct()).hasSize(rows.size());
    return rows.stream()
        .flatMap(
            row ->
                Arrays.stream(State.values())
                    .map(
                        state ->
                            Arguments.of(
                                Operation.valueOf(row[0]),
                                row[1],
                                state,
                                Outcome.valueOf(state == State.FREE ? row[2] : row[3]))));
  }

  @ParameterizedTest(name = "{0} by {1}, contact {2}: {3}")
  @MethodSource("cells")
  void givenRoleAndRestriction_whenOperation_thenAllowedOrRefused(
      Operation operation, String role, State state, Outcome expected) {
    Fixture fixture = Fixture.create(state, operation);

    Response response = call(operation, role, fixture);

    int status = response.statusCode();
    switch (expected) {
      case OK -> {
        assertThat(status).as(response.asString()).isBetween(200, 299);
        if (isList(operation)) {
          assertThat(ids(response)).as("listed").contains(listedId(operation, fixture));
        }
      }
      case HIDDEN -> {
        assertThat(status).as(response.asString()).isEqualTo(200);
        assertThat(ids(response)).as("left out").doesNotContain(listedId(operation, fixture));
      }
      case RESTRICTED -> {
        assertThat(status).as(response.asString()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getString("type")).endsWith("/restricted");
      }
      case FORBIDDEN -> assertThat(status).as(response.asString()).isEqualTo(403);
    }
  }

  private static boolean isList(Operation operation) {
    return switch (operation) {
      case SEARCH_CONTACTS, ORGANISATION_CONTACTS, LIST_ORDERS, READ_INVOICES -> true;
      default -> false;
    };
  }

  private static String listedId(Operation operation, Fixture fixture) {
    return switch (operation) {
      case LIST_ORDERS -> fixture.orderId();
      case READ_INVOICES -> fixture.invoiceId();
      default -> fixture.contactId();
    };
  }

  private static List<String> ids(Response response) {
    return response.jsonPath().getList("items.id", String.class);
  }

  private static Response call(Operation operation, String role, Fixture f) {
    String contact = f.contactId();
    return switch (operation) {
      case READ_CONTACT -> as(role).get("/api/v1/contacts/{id}", contact);
      case SEARCH_CONTACTS -> as(role).queryParam("name", f.lastName()).get("/api/v1/contacts");
      case ORGANISATION_CONTACTS ->
          as(role).queryParam("organisationId", f.organisationId()).get("/api/v1/contacts");
      case UPDATE_CONTACT -> {
        Map<String, Object> body = TestData.contact();
        body.put("lastName", f.lastName());
        body.put("organisationId", f.organisationId());
        yield as(role)
            .header("If-Match", "\"" + f.version() + "\"")
            .body(body)
            .put("/api/v1/contacts/{id}", contact);
      }
      case DELETE_CONTACT -> as(role).delete("/api/v1/contacts/{id}", contact);
      case LIST_ORDERS -> as(role).queryParam("contactId", contact).get("/api/v1/orders");
      case READ_ORDER -> as(role).get("/api/v1/orders/{id}", f.orderId());
      case CREATE_ORDER -> as(role).body(TestData.order(contact)).post("/api/v1/orders");
      case UPDATE_ORDER ->
          as(role)
              .header("If-Match", "\"" + f.orderVersion() + "\"")
              .body(TestData.order(contact))
              .put("/api/v1/orders/{id}", f.orderId());
      case DELETE_ORDER -> as(role).delete("/api/v1/orders/{id}", f.spareOrderId());
      case MOVE_ORDER_HERE -> {
        // an order of another, free contact, moved onto this one
        String other = Api.createContact(TestData.contact());
        String order = Fixture.order(other);
        long version =
            as("dpo")
                .get("/api/v1/orders/{id}", order)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("version");
        yield as(role)
            .header("If-Match", "\"" + version + "\"")
            .body(TestData.order(contact))
            .put("/api/v1/orders/{id}", order);
      }
      case CREATE_INTERACTION ->
          as(role).body(TestData.interaction()).post("/api/v1/contacts/{id}/interactions", contact);
      case READ_INTERACTIONS -> as(role).get("/api/v1/contacts/{id}/interactions", contact);
      case SET_PREFERENCE -> preference(role, contact, "DIRECT_MARKETING_CONSENT", "EMAIL", true);
      case WITHDRAW_CONSENT ->
          preference(role, contact, "DIRECT_MARKETING_CONSENT", "EMAIL", false);
      case SET_BAN -> preference(role, contact, "DISTANCE_SELLING_BAN", null, true);
      case READ_PREFERENCES -> as(role).get("/api/v1/contacts/{id}/preferences", contact);
      case READ_INVOICES -> as(role).queryParam("contactId", contact).get("/api/v1/invoices");
      case RECORD_PAYMENT ->
          as(role)
              .body(TestData.payment("40.00"))
              .post("/api/v1/invoices/{id}/payments", f.invoiceId());
      case SETTLE_INVOICE ->
          as(role)
              .header("If-Match", "\"" + f.invoiceVersion() + "\"")
              .body(Map.of("status", "PAID"))
              .put("/api/v1/invoices/{id}/status", f.invoiceId());
    };
  }

  private static Response preference(
      String role, String contact, String kind, String channel, boolean granted) {
    Map<String, Object> body = new java.util.HashMap<>();
    body.put("kind", kind);
    if (channel != null) {
      body.put("channel", channel);
    }
    body.put("granted", granted);
    body.put(
        "source",
        Map.of("channel", "PHONE", "collectedAt", Instant.now().minusSeconds(60).toString()));
    return as(role).body(body).post("/api/v1/contacts/{id}/preferences", contact);
  }

  /**
   * One contact of an organisation, with an order and an open invoice of that order (except when a
   * free contact is to be deleted, which only a contact without records can be), in the given
   * state.
   */
  record Fixture(
      String contactId,
      String lastName,
      String organisationId,
      String orderId,
      String invoiceId,
      long version,
      long invoiceVersion,
      long orderVersion,
      String spareOrderId) {

    static Fixture create(State state, Operation operation) {
      String organisationId = Api.createOrganisation();
      Map<String, Object> body = TestData.contact();
      body.put("organisationId", organisationId);
      String contactId = Api.createContact(body);
      String orderId = null;
      String invoiceId = null;
      if (operation != Operation.DELETE_CONTACT || state == State.ERASURE_HOLD) {
        orderId = order(contactId);
        invoiceId = invoice(contactId, orderId);
      }
      // an order without invoices, which may be deleted while the contact is free; under an
      // erasure hold the erasure itself dealt with such orders, and what is left is the kept one
      String spareOrderId =
          operation != Operation.DELETE_ORDER
              ? null
              : state == State.ERASURE_HOLD ? orderId : order(contactId);
      switch (state) {
        case FREE -> {}
        case REQUESTED ->
            asRightsService()
                .body(Map.of("requestId", "req-" + TestData.unique()))
                .post("/api/v1/internal/subjects/{id}/restrict", contactId)
                .then()
                .statusCode(200);
        case ERASURE_HOLD ->
            asRightsService()
                .body(Map.of("requestId", "req-" + TestData.unique()))
                .post("/api/v1/internal/subjects/{id}/erase", contactId)
                .then()
                .statusCode(200)
                .body("restricted", equalTo(true));
      }
      Response read = as("dpo").get("/api/v1/contacts/{id}", contactId);
      assertThat(read.statusCode()).isEqualTo(200);
      assertThat(read.jsonPath().getBoolean("restriction.restricted"))
          .isEqualTo(state != State.FREE);
      long invoiceVersion =
          invoiceId == null
              ? 0
              : as("dpo")
                  .get("/api/v1/invoices/{id}", invoiceId)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getLong("version");
      long orderVersion =
          orderId == null
              ? 0
              : as("dpo")
                  .get("/api/v1/orders/{id}", orderId)
                  .then()
                  .statusCode(200)
                  .extract()
                  .jsonPath()
                  .getLong("version");
      return new Fixture(
          contactId,
          read.jsonPath().getString("lastName"),
          organisationId,
          orderId,
          invoiceId,
          read.jsonPath().getLong("version"),
          invoiceVersion,
          orderVersion,
          spareOrderId);
    }

    static String order(String contactId) {
      return as("sales")
          .body(TestData.order(contactId))
          .post("/api/v1/orders")
          .then()
          .statusCode(201)
          .extract()
          .path("id");
    }

    private static String invoice(String contactId, String orderId) {
      return as("accounting")
          .body(TestData.invoice(contactId, orderId, "100.00"))
          .post("/api/v1/invoices")
          .then()
          .statusCode(201)
          .extract()
          .path("id");
    }
  }
}
