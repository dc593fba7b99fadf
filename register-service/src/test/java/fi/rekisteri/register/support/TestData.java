package fi.rekisteri.register.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for tests; each call gives unique values so tests do not collide. */
public final class TestData {

  private TestData() {}

  public static String unique() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  public static Map<String, Object> contact() {
    String id = unique();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("firstName", "Testi");
    body.put("lastName", "Henkilö-" + id);
    body.put("email", "testi." + id + "@example.fi");
    body.put("phone", "040 123 4567");
    body.put("notes", "Prefers calls in the morning");
    body.put(
        "source",
        Map.of("channel", "WEB_FORM", "collectedAt", Instant.now().minusSeconds(60).toString()));
    return body;
  }

  public static Map<String, Object> organisation(String businessId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", "Testi Oy " + unique());
    body.put("businessId", businessId);
    body.put(
        "visitingAddress",
        Map.of("street", "Mannerheimintie 1", "postalCode", "00100", "city", "Helsinki"));
    return body;
  }

  /** A valid random Y-tunnus (the check digit as BusinessId computes it). */
  public static String businessId() {
    int[] weights = {7, 9, 10, 5, 8, 4, 2};
    java.util.Random random = new java.util.Random();
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        int d = random.nextInt(10);
        digits.append(d);
        sum += d * weights[i];
      }
      int r = sum % 11;
      if (r == 1) {
        continue;
      }
      return digits + "-" + (r == 0 ? 0 : 11 - r);
    }
  }

  /**
   * The register's business day: Helsinki's, as the services' own dates are. From 22:00 or 21:00
   * UTC the machine's date is still yesterday, and a golden file that numbers its dates by their
   * order saw an invoice and its payment fall on different days.
   */
  public static java.time.LocalDate today() {
    return java.time.LocalDate.now(java.time.ZoneId.of("Europe/Helsinki"));
  }

  /** An order of the given contact person (R5). */
  public static Map<String, Object> order(String contactId) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", "ORD-" + unique());
    body.put("orderDate", today().toString());
    body.put("contactId", contactId);
    body.put("worksite", "Työmaa Kallio");
    body.put("summary", "Kattoremontti, 120 m2");
    body.put("total", new java.math.BigDecimal("1250.00"));
    body.put(
        "source",
        Map.of("channel", "PHONE", "collectedAt", Instant.now().minusSeconds(60).toString()));
    return body;
  }

  /** An invoice of the given contact person; {@code orderId} may be null. */
  public static Map<String, Object> invoice(String contactId, String orderId, String amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("number", "INV-" + unique());
    body.put("orderId", orderId);
    body.put("contactId", contactId);
    body.put("issueDate", today().minusDays(1).toString());
    body.put("dueDate", today().plusDays(13).toString());
    body.put("amount", new java.math.BigDecimal(amount));
    body.put("referenceNumber", "1232");
    return body;
  }

  /** A payment received today. */
  public static Map<String, Object> payment(String amount) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("paidOn", today().toString());
    body.put("amount", new java.math.BigDecimal(amount));
    return body;
  }

  /** A phone call with a contact person a minute ago (R5b). */
  public static Map<String, Object> interaction() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("kind", "CALL");
    body.put("channel", "PHONE");
    body.put("occurredAt", Instant.now().minusSeconds(60).toString());
    body.put("summary", "Asked for a quote on roof repairs");
    return body;
  }
}
