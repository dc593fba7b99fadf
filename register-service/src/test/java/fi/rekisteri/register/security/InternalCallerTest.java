package fi.rekisteri.register.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static fi.rekisteri.register.support.Api.as;
import static fi.rekisteri.register.support.Api.asRightsService;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import fi.rekisteri.register.common.InternalCaller;
import fi.rekisteri.register.support.Api;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code /api/v1/internal/**} takes only the rights service's client-credentials token. A user of
 * the public client is refused whatever realm role they hold, {@code internal-impostor} (a test
 * fixture of deploy/keycloak/rekisteri-realm.json with the role rights-processor) included.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class InternalCallerTest {

  @Test
  void givenRightsServiceClientToken_whenErase_thenOk() {
    String id = Api.createContact(TestData.contact());

    asRightsService()
        .body(Map.of("requestId", "internal-" + TestData.unique()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(200)
        .body("outcome", equalTo("ERASED"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dpo", "admin", "internal-impostor"})
  void givenUserToken_whenErase_thenForbiddenAndNothingErased(String user) {
    String id = Api.createContact(TestData.contact());

    as(user)
        .body(Map.of("requestId", "internal-" + TestData.unique()))
        .post("/api/v1/internal/subjects/{id}/erase", id)
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(403));

    as("dpo").get("/api/v1/contacts/{id}", id).then().statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dpo", "admin", "internal-impostor"})
  void givenUserToken_whenRecipientsAndSearch_thenForbidden(String user) {
    String id = Api.createContact(TestData.contact());

    as(user)
        .get("/api/v1/internal/subjects/{id}/recipients", id)
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
    as(user)
        .body(Map.of("email", "someone@example.fi"))
        .post("/api/v1/internal/subjects/search")
        .then()
        .statusCode(403)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void givenTheirPath_whenInternalResources_thenAllCarryInternalCaller() {
    classes()
        .that(
            new DescribedPredicate<JavaClass>("have a path under /api/v1/internal") {
              @Override
              public boolean test(JavaClass javaClass) {
                return javaClass.isAnnotatedWith(Path.class)
                    && javaClass
                        .getAnnotationOfType(Path.class)
                        .value()
                        .startsWith("/api/v1/internal");
              }
            })
        .should()
        .beAnnotatedWith(InternalCaller.class)
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fi.rekisteri.register"));
  }
}
