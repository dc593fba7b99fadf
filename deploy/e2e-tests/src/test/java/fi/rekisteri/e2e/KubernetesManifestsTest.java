package fi.rekisteri.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Kubernetes manifests quarkus-kubernetes writes when each service is built
 * (target/kubernetes/kubernetes.json): probes on the management interface, which listens on the
 * pod's address; settings from a ConfigMap and secrets from a Secret; resource requests; Flyway at
 * start, not as a separate Job.
 */
class KubernetesManifestsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @CsvSource({"register, 8081, 9081, REGISTER_HTTP_HOST", "rights, 8082, 9082, RIGHTS_HTTP_HOST"})
  void givenTheBuiltService_whenItsManifestsAreRead_thenTheyRunItAsTheLocalStackDoes(
      String service, int port, int managementPort, String hostVariable) throws Exception {
    Path root = Path.of(System.getProperty("rekisteri.root", "../..")).toAbsolutePath();
    JsonNode document =
        JSON.readTree(
            root.resolve(service + "-service/target/kubernetes/kubernetes.json").toFile());
    List<JsonNode> items = new ArrayList<>();
    (document.isArray() ? document : document.path("items")).forEach(items::add);
    assertThat(items.stream().map(i -> i.path("kind").asText()))
        .contains("Deployment", "Service")
        .doesNotContain("Job");

    JsonNode deployment =
        items.stream().filter(i -> i.path("kind").asText().equals("Deployment")).findFirst().get();
    JsonNode container = deployment.at("/spec/template/spec/containers/0");
    for (String probe : List.of("readinessProbe", "livenessProbe", "startupProbe")) {
      assertThat(container.at("/" + probe + "/httpGet/port").asInt())
          .as(probe)
          .isEqualTo(managementPort);
    }
    assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
    List<String> env = new ArrayList<>();
    container
        .path("env")
        .forEach(e -> env.add(e.path("name").asText() + "=" + e.path("value").asText()));
    assertThat(env).contains("QUARKUS_MANAGEMENT_HOST=0.0.0.0", hostVariable + "=0.0.0.0");
    assertThat(container.path("envFrom").toString())
        .contains(service + "-service-config")
        .contains(service + "-service-secrets");
    assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
    assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
    assertThat(container.path("ports").toString()).contains(String.valueOf(port));
    assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
  }
}
