package fi.rekisteri.register.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import fi.rekisteri.register.support.RegisterStack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Health and metrics are served on the management interface only (application.properties:
 * quarkus.management.*); OpenAPI stays on the public port.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class ManagementInterfaceTest {

  private static String management(String path) {
    int port = ConfigProvider.getConfig().getValue("quarkus.management.test-port", Integer.class);
    return "http://127.0.0.1:" + port + path;
  }

  @Test
  void givenPublicPort_whenHealth_thenNotFound() {
    given().get("/q/health/ready").then().statusCode(404);
  }

  @Test
  void givenManagementPort_whenHealth_thenReady() {
    given().get(management("/q/health/ready")).then().statusCode(200);
  }

  @Test
  void givenPublicPort_whenMetrics_thenNotFound() {
    given().get("/q/metrics").then().statusCode(404);
  }

  @Test
  void givenManagementPort_whenMetrics_thenPrometheusText() {
    given()
        .get(management("/q/metrics"))
        .then()
        .statusCode(200)
        .body(containsString("jvm_memory_used_bytes"));
  }

  @Test
  void givenPublicPort_whenOpenapi_thenServed() {
    given().get("/q/openapi").then().statusCode(200).body(containsString("openapi"));
  }
}
