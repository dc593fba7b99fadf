package fi.rekisteri.rights.request;

import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.rights.support.RightsStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V9 turns the English notes the service wrote into codes with parameters, which the timeline words
 * in the reader's language; what a person typed, and any text it does not recognise, stays.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class TimelineNotesMigrationTest {

  private static final String USER = "rights";

  @Test
  void givenEnglishNotesOfV8_whenMigrated_thenCodesWithParamsAndTypedTextKept()
      throws SQLException {
    // a database of its own, beside the one the service runs on, migrated up to V8 only
    String serviceUrl =
        ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    String database = "rights_v9_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection c = DriverManager.getConnection(serviceUrl, "postgres", "postgres");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + database + " OWNER " + USER);
    }
    String url = serviceUrl.substring(0, serviceUrl.lastIndexOf('/') + 1) + database;
    flyway(url, "8").migrate();

    UUID request = UUID.randomUUID();
    try (Connection c = DriverManager.getConnection(url, USER, USER)) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "INSERT INTO data_subject_request (id, type, status, channel, origin, received_on,"
                + " language, due_date, target_date, match_state, created_by, created_at,"
                + " updated_at) VALUES ('"
                + request
                + "', 'ACCESS', 'COMPLETED', 'LETTER', 'DPO', '2026-12-07', 'fi', '2027-03-08',"
                + " '2027-01-07', 'ONE', 'dpo', now(), now())");
      }
      event(
          c,
          request,
          1,
          "RECEIVED",
          null,
          "ACCESS request by LETTER (DPO), received on 2026-12-07");
      event(c, request, 2, "EXTENDED", "Laaja aineisto", "dueDate 2027-01-07 -> 2027-03-08");
      event(
          c,
          request,
          3,
          "SUBJECT_SELECTED",
          "chosen by the DPO without a search match: Asiakas soitti",
          null);
      event(
          c,
          request,
          4,
          "NOTIFICATIONS_CREATED",
          "GDPR Art. 19: every recipient and processor is told",
          "3 notification task(s)");
      event(c, request, 5, "COMPLETED", "Ei osumia", "no data held");
      event(
          c,
          request,
          6,
          "MAIL_FAILED",
          "550 mailbox unavailable",
          "letter COMPLETION; retried at 2026-12-07T10:15:30Z");
      event(c, request, 7, "EXECUTED", null, "something the service no longer writes");
    }

    flyway(url, "9").migrate();

    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, USER, USER);
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT reason, reason_note, detail, detail_note FROM request_event"
                    + " ORDER BY seq")) {
      while (r.next()) {
        rows.add(
            r.getString(1)
                + " | "
                + r.getString(2)
                + " | "
                + r.getString(3)
                + " | "
                + r.getString(4));
      }
    }
    assertThat(rows)
        .containsExactly(
            "null | null | null | {\"code\": \"RECEIVED\", \"params\": {\"type\": \"ACCESS\","
                + " \"origin\": \"DPO\", \"channel\": \"LETTER\", \"receivedOn\": \"2026-12-07\"}}",
            "Laaja aineisto | null | null | {\"code\": \"DUE_DATE_MOVED\", \"params\": {\"to\":"
                + " \"2027-03-08\", \"from\": \"2027-01-07\"}}",
            "null | {\"code\": \"CHOSEN_WITHOUT\", \"params\": {\"text\": \"Asiakas soitti\"}}"
                + " | null | null",
            "null | {\"code\": \"ART_19\"} | null | {\"code\": \"TASKS\", \"params\": {\"count\":"
                + " \"3\"}}",
            "Ei osumia | null | null | {\"code\": \"NO_DATA_HELD\"}",
            "550 mailbox unavailable | null | null | {\"code\": \"MAIL_LETTER\", \"params\":"
                + " {\"kind\": \"COMPLETION\", \"retryAt\": \"2026-12-07T10:15:30Z\"}}",
            "null | null | something the service no longer writes | null");
    // what the migration wrote reads back as the service's own notes
    assertThat(
            TimelineNote.fromJson(
                "{\"code\": \"DUE_DATE_MOVED\", \"params\": {\"to\": \"2027-03-08\", \"from\":"
                    + " \"2027-01-07\"}}"))
        .isEqualTo(
            TimelineNote.of(
                TimelineNote.Code.DUE_DATE_MOVED, "from", "2027-01-07", "to", "2027-03-08"));
  }

  private static Flyway flyway(String url, String target) {
    return Flyway.configure()
        .dataSource(url, USER, USER)
        .locations("filesystem:src/main/resources/db/migration")
        .target(target)
        .load();
  }

  private static void event(
      Connection c, UUID request, int seq, String action, String reason, String detail)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO request_event (id, request_id, seq, occurred_at, actor, action, reason,"
                + " detail) VALUES (?, ?, ?, now(), 'dpo', ?, ?, ?)")) {
      s.setObject(1, UUID.randomUUID());
      s.setObject(2, request);
      s.setInt(3, seq);
      s.setString(4, action);
      s.setString(5, reason);
      s.setString(6, detail);
      s.execute();
    }
  }
}
