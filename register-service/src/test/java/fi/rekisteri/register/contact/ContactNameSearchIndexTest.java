package fi.rekisteri.register.contact;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A name search is served by the trigram index of migration V10, not by reading every row; an
 * organisation's page of contacts by the (organisation_id, id) index of V14, without a sort.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ContactNameSearchIndexTest {

  @Inject EntityManager entityManager;
  @Inject AgroalDataSource dataSource;

  @Test
  void givenThousandsOfContacts_whenExplain_thenTheNameSearchUsesTheTrigramIndex() {
    List<String> plan =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  entityManager
                      .createNativeQuery(
                          "INSERT INTO contact (id, first_name, last_name, source_channel,"
                              + " source_collected_at, created_at, updated_at) SELECT"
                              + " gen_random_uuid(), 'Etu' || g, 'Indeksikoe-' || g, 'EMAIL', now(),"
                              + " now(), now() FROM generate_series(1, 30000) g")
                      .executeUpdate();
                  entityManager.createNativeQuery("ANALYZE contact").executeUpdate();
                  // the table is small for a test; the planner must still be able to use the index
                  entityManager.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
                  @SuppressWarnings("unchecked")
                  List<String> rows =
                      entityManager
                          .createNativeQuery(
                              "EXPLAIN SELECT id FROM contact WHERE erased_at IS NULL AND"
                                  + " lower(coalesce(first_name, '') || ' ' ||"
                                  + " coalesce(last_name, '')) LIKE ?1 ESCAPE '!'")
                          .setParameter(1, "%meik%")
                          .getResultList();
                  entityManager
                      .createNativeQuery("DELETE FROM contact WHERE last_name LIKE 'Indeksikoe-%'")
                      .executeUpdate();
                  return rows;
                });
    assertThat(String.join("\n", plan)).contains("contact_full_name_trgm_idx");
  }

  @Test
  void
      givenAnOrganisationWithThousandsOfContacts_whenExplain_thenOnePageIsReadInIdOrderNotSorted() {
    List<String> plan =
        QuarkusTransaction.requiringNew()
            .call(
                () -> {
                  entityManager
                      .createNativeQuery(
                          "INSERT INTO organisation (id, name, version, created_at, updated_at)"
                              + " VALUES ('00000000-0000-0000-0000-00000000c0de', 'Sivukoe Oy', 0,"
                              + " now(), now())")
                      .executeUpdate();
                  entityManager
                      .createNativeQuery(
                          "INSERT INTO contact (id, first_name, last_name, organisation_id,"
                              + " source_channel, source_collected_at, created_at, updated_at)"
                              + " SELECT gen_random_uuid(), 'Etu', 'Sivukoe-' || g,"
                              + " '00000000-0000-0000-0000-00000000c0de', 'EMAIL', now(), now(),"
                              + " now() FROM generate_series(1, 5000) g")
                      .executeUpdate();
                  entityManager.createNativeQuery("ANALYZE contact").executeUpdate();
                  @SuppressWarnings("unchecked")
                  List<String> rows =
                      entityManager
                          .createNativeQuery(
                              "EXPLAIN SELECT id FROM contact WHERE erased_at IS NULL AND"
                                  + " restricted = false AND organisation_id ="
                                  + " '00000000-0000-0000-0000-00000000c0de' ORDER BY id LIMIT 51")
                          .getResultList();
                  entityManager
                      .createNativeQuery("DELETE FROM contact WHERE last_name LIKE 'Sivukoe-%'")
                      .executeUpdate();
                  entityManager
                      .createNativeQuery("DELETE FROM organisation WHERE name = 'Sivukoe Oy'")
                      .executeUpdate();
                  return rows;
                });
    vacuum();
    // the (organisation_id, id) index of migration V14 gives the page in order: no sort step
    assertThat(String.join("\n", plan))
        .contains("contact_organisation_order_idx")
        .doesNotContain("Sort");
  }

  /** Leaves the table as it was for the other plans: no dead rows from this test's inserts. */
  private void vacuum() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(true);
      statement.execute("VACUUM ANALYZE contact");
    } catch (SQLException e) {
      throw new IllegalStateException("VACUUM failed", e);
    }
  }

  @Test
  void givenPartOfTheLastNameOrWholeName_whenSearch_thenFoundAndWildcardsLiteral() {
    Map<String, Object> body = TestData.contact();
    body.put("firstName", "Trigrammi");
    body.put("lastName", "Hakuvälinen");
    String id =
        as("sales").body(body).post("/api/v1/contacts").then().statusCode(201).extract().path("id");
    for (String name : List.of("HAKUVÄL", "mmi haku", "Hakuvälinen")) {
      as("sales")
          .queryParam("name", name)
          .get("/api/v1/contacts")
          .then()
          .statusCode(200)
          .body("items.id", hasItem(id));
    }
    as("sales")
        .queryParam("name", "Haku%linen")
        .get("/api/v1/contacts")
        .then()
        .statusCode(200)
        .body("items.id", not(hasItem(id)));
  }
}
