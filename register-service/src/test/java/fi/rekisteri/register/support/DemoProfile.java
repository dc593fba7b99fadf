package fi.rekisteri.register.support;

import static fi.rekisteri.register.support.Api.as;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Puts the demo controller profile ({@code demo/demo-data.json}: who receives what, consent for
 * marketing) in place, optionally with {@code marketingRequiresConsent} changed.
 */
public final class DemoProfile {

  private DemoProfile() {}

  /** The demo profile as stored. */
  public static void put() {
    put(demo());
  }

  /** The demo profile with {@code marketingRequiresConsent} set; null leaves the field out. */
  public static void withMarketingConsent(Boolean required) {
    Map<String, Object> profile = demo();
    if (required == null) {
      profile.remove("marketingRequiresConsent");
    } else {
      profile.put("marketingRequiresConsent", required);
    }
    put(profile);
  }

  /** The demo profile with a retention policy of its own (absent fields take the defaults). */
  public static void withRetentionPolicy(Map<String, Object> policy) {
    Map<String, Object> profile = demo();
    profile.put("retentionPolicy", policy);
    put(profile);
  }

  public static Map<String, Object> demo() {
    try (InputStream in = DemoProfile.class.getResourceAsStream("/demo/demo-data.json")) {
      return JsonPath.from(in).getMap("controllerProfile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code profile} as the current controller profile. */
  public static void put(Map<String, Object> profile) {
    String etag = as("admin").get("/api/v1/controller").then().extract().header("ETag");
    var put = as("admin").header("X-Change-Note", "Test profile");
    if (etag != null) {
      put = put.header("If-Match", etag);
    }
    put.body(profile).put("/api/v1/controller").then().statusCode(200);
  }
}
