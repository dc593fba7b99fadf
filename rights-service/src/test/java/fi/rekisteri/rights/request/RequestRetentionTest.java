package fi.rekisteri.rights.request;

import static fi.rekisteri.rights.request.RequestApi.as;
import static fi.rekisteri.rights.request.RequestApi.email;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.rights.request.RequestRetention.Deleted;
import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R10: a request closed more than {@code rekisteri.retention.request-years} (5) years before the
 * run's day is deleted with its letters, timeline and notification tasks; one closed less long ago,
 * and any open request, stay. The requests are aged by setting {@code closed_at} in SQL.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class RequestRetentionTest {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  @Inject RequestRetention retention;
  @Inject EntityManager entityManager;

  /** A restriction carried out: closed, with a letter, a timeline and three notification tasks. */
  private static String completedRestriction() {
    String id = RequestApi.verified("RESTRICTION", email("one"));
    as("dpo")
        .post("/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"))
        .body("openNotifications", equalTo(3));
    return id;
  }

  /** Sets the request's closed_at to noon (Helsinki) of {@code day}. */
  private void closedOn(String id, LocalDate day) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                assertThat(
                        entityManager
                            .createNativeQuery(
                                "update data_subject_request set closed_at = :at where id = :id")
                            .setParameter(
                                "at", day.atTime(LocalTime.NOON).atZone(HELSINKI).toInstant())
                            .setParameter("id", UUID.fromString(id))
                            .executeUpdate())
                    .isEqualTo(1));
  }

  /** Rows of {@code table} that belong to the request ({@code id} for the request itself). */
  private int rows(String table, String id) {
    String column = table.equals("data_subject_request") ? "id" : "request_id";
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(
                                "select count(*) from " + table + " where " + column + " = :id")
                            .setParameter("id", UUID.fromString(id))
                            .getSingleResult())
                    .intValue());
  }

  @Test
  void givenRequestClosedMoreThanFiveYearsAgo_whenRetentionRuns_thenDeletedWithAllItOwns() {
    LocalDate today = RequestApi.today();
    String old = completedRestriction();
    String recent = completedRestriction();
    String open = RequestApi.create("ACCESS", email("open"));
    closedOn(old, today.minusYears(5).minusDays(1));
    closedOn(recent, today.minusYears(5));
    int steps = rows("request_event", old);
    assertThat(steps).isGreaterThanOrEqualTo(4);
    assertThat(rows("letter", old)).isEqualTo(1);
    assertThat(rows("notification_task", old)).isEqualTo(3);

    Deleted deleted = retention.run(today);

    assertThat(deleted).isEqualTo(new Deleted(1, 1, steps, 3));
    as("dpo").get("/api/v1/requests/{id}", old).then().statusCode(404);
    for (String table : new String[] {"notification_task", "letter", "request_event"}) {
      assertThat(rows(table, old)).as(table).isZero();
    }
    assertThat(rows("data_subject_request", old)).isZero();
    as("dpo")
        .get("/api/v1/requests/{id}", recent)
        .then()
        .statusCode(200)
        .body("status", equalTo("COMPLETED"));
    assertThat(rows("letter", recent)).isEqualTo(1);
    assertThat(rows("notification_task", recent)).isEqualTo(3);
    as("dpo").get("/api/v1/requests/{id}", open).then().statusCode(200);
  }

  @Test
  void givenRequestClosedFiveYearsAgoToday_whenRetentionRunsTomorrow_thenDeleted() {
    LocalDate today = RequestApi.today();
    String id = completedRestriction();
    closedOn(id, today.minusYears(5));

    assertThat(retention.run(today).requests()).isZero();
    assertThat(rows("data_subject_request", id)).isEqualTo(1);

    assertThat(retention.run(today.plusDays(1)).requests()).isPositive();
    assertThat(rows("data_subject_request", id)).isZero();
    assertThat(rows("letter", id)).isZero();
  }
}
