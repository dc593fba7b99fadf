package fi.rekisteri.register.listexport;

import static fi.rekisteri.register.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.register.support.DemoProfile;
import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A list longer than one chunk: every admitted person once, in list order, ledgered, audited. */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ListExportChunksTest {

  @Inject EntityManager entityManager;

  private Number count(String sql) {
    return QuarkusTransaction.requiringNew()
        .call(() -> (Number) entityManager.createNativeQuery(sql).getSingleResult());
  }

  @Test
  void givenMoreContactsThanOneChunk_whenExport_thenEachAdmittedOnceInOrderLedgeredAndAudited() {
    DemoProfile.put();
    int contacts = ListExportService.CHUNK * 2 + 137;
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              entityManager
                  .createNativeQuery(
                      "INSERT INTO contact (id, first_name, last_name, postal_street,"
                          + " postal_postal_code, postal_city, source_channel, source_collected_at,"
                          + " created_at, updated_at) SELECT gen_random_uuid(),"
                          + " CASE WHEN g % 7 = 0 THEN NULL ELSE 'Etu' || g END,"
                          + " 'Lohko-' || lpad((g % 300)::text, 3, '0'), 'Katu ' || g, '00100',"
                          + " 'Helsinki', 'EMAIL', now(), now(), now()"
                          + " FROM generate_series(1, ?1) g")
                  .setParameter(1, contacts)
                  .executeUpdate();
              // a postal consent for all but every tenth, granted then withdrawn for every fifth
              entityManager
                  .createNativeQuery(
                      "INSERT INTO preference_change (id, contact_id, kind, channel, granted,"
                          + " source_channel, source_collected_at, recorded_at, recorded_by)"
                          + " SELECT gen_random_uuid(), c.id, 'DIRECT_MARKETING_CONSENT', 'POST',"
                          + " true, 'EMAIL', now(), now() - interval '1 hour', 'test' FROM"
                          + " (SELECT id, row_number() OVER (ORDER BY id) n FROM contact"
                          + " WHERE last_name LIKE 'Lohko-%') c WHERE c.n % 10 <> 0")
                  .executeUpdate();
              entityManager
                  .createNativeQuery(
                      "INSERT INTO preference_change (id, contact_id, kind, channel, granted,"
                          + " source_channel, source_collected_at, recorded_at, recorded_by)"
                          + " SELECT gen_random_uuid(), c.id, 'DIRECT_MARKETING_CONSENT', 'POST',"
                          + " false, 'EMAIL', now(), now(), 'test' FROM"
                          + " (SELECT id, row_number() OVER (ORDER BY id) n FROM contact"
                          + " WHERE last_name LIKE 'Lohko-%') c WHERE c.n % 5 = 1")
                  .executeUpdate();
            });
    long admitted =
        count(
                "SELECT count(*) FROM contact c WHERE c.last_name LIKE 'Lohko-%' AND (SELECT"
                    + " p.granted FROM preference_change p WHERE p.contact_id = c.id ORDER BY"
                    + " p.recorded_at DESC, p.id DESC LIMIT 1)")
            .longValue();
    long auditBefore = count("SELECT count(*) FROM audit_entry").longValue();

    String csv =
        as("sales")
            .body(Map.of("purpose", "MAILING_LABELS", "recipient", "Lohkopaino Oy"))
            .post("/api/v1/exports")
            .then()
            .statusCode(200)
            .extract()
            .asString();

    List<String> lastNames =
        Arrays.stream(csv.split("\r\n"))
            .skip(1)
            .map(line -> line.split("\",\"")[1])
            .filter(name -> name.startsWith("Lohko-"))
            .toList();
    assertThat(admitted).isGreaterThan(ListExportService.CHUNK);
    assertThat(lastNames).hasSize((int) admitted).isSorted();
    assertThat(
            count(
                    "SELECT count(DISTINCT d.subject_id) FROM disclosure d JOIN contact c ON"
                        + " c.id = d.subject_id WHERE d.recipient = 'Lohkopaino Oy' AND"
                        + " c.last_name LIKE 'Lohko-%'")
                .longValue())
        .isEqualTo(admitted);
    assertThat(count("SELECT count(*) FROM audit_entry").longValue() - auditBefore)
        .isGreaterThanOrEqualTo(admitted);
    as("dpo").get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
  }
}
