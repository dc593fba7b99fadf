package fi.rekisteri.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import fi.rekisteri.stack.TestStack;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Erasure checked where the data lives, not through the API (which hides erased rows): after an
 * erasure request runs through both services, every table of both databases and every record of
 * every Kafka topic is searched for the person's identifiers (email, phone, last name, street, a
 * free-text marker from her notes). A complete erasure leaves them only in the request's own record
 * (which the letter says is kept: the request, its timeline and letters); a partial one also in
 * what the letter names as kept for accounting (the reduced contact and the invoice).
 */
class ErasureInTheStoresTest {

  /** The rights service's tables that hold the request's own record, kept by design. */
  private static final Set<String> REQUEST_RECORD =
      Set.of("data_subject_request", "request_event", "letter");

  @BeforeAll
  static void startPlatform() {
    Platform.start();
  }

  private static RequestSpecification as(String user) {
    return given().header("Authorization", Platform.bearer(user)).contentType("application/json");
  }

  private static String letters(int n) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      out.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return out.toString();
  }

  /** The person's identifiers as the stores would hold them, and her contact's body. */
  private record Person(Map<String, String> identifiers, Map<String, Object> body) {}

  private static Person person() {
    String suffix = letters(8);
    String email = "poistettava." + suffix + "@example.fi";
    String lastName = "Poistettava" + suffix.substring(0, 1).toUpperCase(Locale.ROOT) + suffix;
    String digits = String.valueOf(1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    String street = "Unohduskuja " + (10 + ThreadLocalRandom.current().nextInt(80)) + " " + suffix;
    String marker = "muistiinpano-" + suffix;
    Map<String, Object> body = new HashMap<>();
    body.put("firstName", "Kaisa");
    body.put("lastName", lastName);
    body.put("email", email);
    body.put("phone", "040 " + digits);
    body.put("notes", "Soita aamulla, " + marker);
    body.put("postalAddress", Map.of("street", street, "postalCode", "00100", "city", "Helsinki"));
    body.put(
        "source",
        Map.of("channel", "EMAIL", "collectedAt", Instant.now().minusSeconds(60).toString()));
    Map<String, String> identifiers = new HashMap<>();
    identifiers.put("email", email);
    identifiers.put("phone", digits);
    identifiers.put("lastName", lastName);
    identifiers.put("street", street);
    identifiers.put("notes", marker);
    return new Person(identifiers, body);
  }

  private static String createContact(Person person) {
    return as("sales")
        .body(person.body())
        .post(Platform.register() + "/api/v1/contacts")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String today() {
    return LocalDate.now(ZoneId.of("Europe/Helsinki")).toString();
  }

  private static String erase(String email, String expectedStatus) {
    String id =
        as("dpo")
            .body(
                Map.of(
                    "type",
                    "ERASURE",
                    "channel",
                    "EMAIL",
                    "receivedOn",
                    today(),
                    "language",
                    "fi",
                    "subject",
                    Map.of("email", email)))
            .post(Platform.rights() + "/api/v1/requests")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    as("dpo")
        .body(Map.of("method", "REGISTER_MATCH", "note", "sähköposti vastaa rekisteriä"))
        .post(Platform.rights() + "/api/v1/requests/{id}/identity", id)
        .then()
        .statusCode(200);
    as("dpo")
        .post(Platform.rights() + "/api/v1/requests/{id}/execute", id)
        .then()
        .statusCode(anyOf(equalTo(200), equalTo(202)));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                as("dpo")
                    .get(Platform.rights() + "/api/v1/requests/{id}", id)
                    .then()
                    .body("status", equalTo(expectedStatus))
                    .body("confirmedAt", org.hamcrest.Matchers.notNullValue()));
    return id;
  }

  /** Every table of a database whose rows, as text, contain any identifier: table -> what. */
  private static Map<String, Set<String>> foundInDatabase(
      String database, Map<String, String> identifiers) throws SQLException {
    Map<String, Set<String>> found = new HashMap<>();
    try (Connection connection =
        DriverManager.getConnection(TestStack.postgres().jdbcUrl(database), database, database)) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      assertThat(tables).as(database + " has tables").isNotEmpty();
      for (String table : tables) {
        for (Map.Entry<String, String> identifier : identifiers.entrySet()) {
          try (PreparedStatement statement =
              connection.prepareStatement(
                  "SELECT count(*) FROM \"" + table + "\" t WHERE t::text ILIKE ?")) {
            statement.setString(1, "%" + identifier.getValue() + "%");
            try (ResultSet count = statement.executeQuery()) {
              count.next();
              if (count.getLong(1) > 0) {
                found.computeIfAbsent(table, t -> new TreeSet<>()).add(identifier.getKey());
              }
            }
          }
        }
      }
    }
    return found;
  }

  /** Every topic whose records (key or value) contain any identifier: topic -> what. */
  private static Map<String, Set<String>> foundInKafka(Map<String, String> identifiers)
      throws Exception {
    // as the super user: every topic, whoever wrote it
    Map<String, Object> servers = TestStack.kafka().adminSettings();
    Properties admin = new Properties();
    admin.putAll(servers);
    Set<String> topics;
    try (Admin client = Admin.create(admin)) {
      topics = client.listTopics().names().get();
    }
    assertThat(topics).contains("contact.events", "erasure.ledger");
    Properties config = new Properties();
    config.putAll(servers);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    Map<String, Set<String>> found = new HashMap<>();
    long records = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        consumer
            .partitionsFor(topic, Duration.ofSeconds(10))
            .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
      Instant deadline = Instant.now().plusSeconds(60);
      while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
        assertThat(Instant.now()).as("topics read to their end in time").isBefore(deadline);
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(300))) {
          records++;
          String text = record.key() + " " + record.value();
          for (Map.Entry<String, String> identifier : identifiers.entrySet()) {
            if (text.toLowerCase(Locale.ROOT)
                .contains(identifier.getValue().toLowerCase(Locale.ROOT))) {
              found.computeIfAbsent(record.topic(), t -> new TreeSet<>()).add(identifier.getKey());
            }
          }
        }
      }
    }
    assertThat(records).as("records read from the topics").isPositive();
    return found;
  }

  private static Map<String, Set<String>> outside(
      Map<String, Set<String>> found, Set<String> allowed) {
    return found.entrySet().stream()
        .filter(e -> !allowed.contains(e.getKey()))
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  @Test
  void givenNoHolds_whenErasure_thenNoIdentifierLeftInAnyTableOrTopicButTheRequestRecord()
      throws Exception {
    Person person = person();
    String contactId = createContact(person);
    // the person is in the stores before: the search finds what it claims to find
    assertThat(foundInDatabase("register", person.identifiers()).keySet()).contains("contact");

    String requestId = erase(person.identifiers().get("email"), "COMPLETED");

    Map<String, String> identifiers = person.identifiers();
    assertThat(outside(foundInDatabase("register", identifiers), Set.of()))
        .as("register tables holding identifiers of erased contact " + contactId)
        .isEmpty();
    assertThat(outside(foundInDatabase("rights", identifiers), REQUEST_RECORD))
        .as("rights tables holding identifiers, outside the request's own record")
        .isEmpty();
    assertThat(foundInKafka(identifiers)).as("topics holding identifiers").isEmpty();
    // the DPO's proof says the same: every table checked, nothing remains
    io.restassured.path.json.JsonPath proof = proof(requestId);
    assertThat(proof.getList("checked.place", String.class))
        .containsAll(tables("register"))
        .contains("access copies of the subject's requests");
    assertThat(proof.getList("remaining")).isEmpty();
  }

  private static io.restassured.path.json.JsonPath proof(String requestId) {
    return as("dpo")
        .get(Platform.rights() + "/api/v1/requests/{id}/erasure-proof", requestId)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  private static List<String> tables(String database) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                TestStack.postgres().jdbcUrl(database), database, database);
        ResultSet rows =
            connection.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
      while (rows.next()) {
        if (!rows.getString("TABLE_NAME").equals("flyway_schema_history")) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
    }
    return tables;
  }

  @Test
  void givenAnOpenInvoice_whenErasure_thenIdentifiersOnlyWhereTheLetterSaysTheyAreKept()
      throws Exception {
    Person person = person();
    String contactId = createContact(person);
    as("accounting")
        .body(
            Map.of(
                "number",
                "L-" + UUID.randomUUID().toString().substring(0, 10),
                "contactId",
                contactId,
                "issueDate",
                today(),
                "dueDate",
                LocalDate.parse(today()).plusDays(14).toString(),
                "amount",
                new java.math.BigDecimal("250.00"),
                "referenceNumber",
                "1232"))
        .post(Platform.register() + "/api/v1/invoices")
        .then()
        .statusCode(201);

    String requestId = erase(person.identifiers().get("email"), "PARTIALLY_COMPLETED");

    Map<String, String> identifiers = person.identifiers();
    Map<String, Set<String>> register = foundInDatabase("register", identifiers);
    // kept for accounting: the reduced contact's name and billing data; never the email, phone,
    // postal street or notes
    assertThat(outside(register, Set.of("contact", "invoice"))).isEmpty();
    register.values().forEach(what -> assertThat(what).isSubsetOf(Set.of("lastName")));
    assertThat(outside(foundInDatabase("rights", identifiers), REQUEST_RECORD)).isEmpty();
    assertThat(foundInKafka(identifiers)).isEmpty();
    // the DPO's proof names the same places, each with the ground that keeps it
    io.restassured.path.json.JsonPath proof = proof(requestId);
    assertThat(proof.getList("remaining.place", String.class))
        .isNotEmpty()
        .isSubsetOf(register.keySet());
    assertThat(proof.getList("remaining.keptFor.flatten()", String.class)).isNotEmpty();
  }
}
