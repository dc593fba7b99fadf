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

  /** A valid random Y-tunnus (check digit per DOMAIN.md s.5). */
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
}
