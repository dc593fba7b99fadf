package fi.rekisteri.rights.support;

import io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * After every {@code @QuarkusTest}: the calls the rights service made to the fake register during
 * the test broke nothing of the register's contract ({@link FakeRegister}: a call without the
 * rights service's valid token, or a parameter or body the register's OpenAPI document does not
 * allow). The fake answered each as the register would (401, 403, 400); this makes sure the test
 * fails even when the service swallowed that answer. Registered for every test by
 * META-INF/services.
 */
public class FakeRegisterCheck implements QuarkusTestAfterEachCallback {

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @Override
  public void afterEach(QuarkusTestMethodContext context) {
    String url =
        ConfigProvider.getConfig().getValue("quarkus.rest-client.register.url", String.class);
    String violations;
    try {
      violations =
          HTTP.send(
                  HttpRequest.newBuilder(URI.create(url + "/_fake/violations")).GET().build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
    } catch (IOException e) {
      throw new IllegalStateException("the fake register did not answer", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    if (!violations.equals("[]")) {
      throw new AssertionError(
          "The rights service broke the register's contract in "
              + context.getTestMethod().getName()
              + " (what the fake register refused): "
              + violations);
    }
  }
}
