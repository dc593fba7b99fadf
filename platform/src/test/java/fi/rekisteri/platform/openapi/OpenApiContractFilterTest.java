package fi.rekisteri.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.junit.jupiter.api.Test;

class OpenApiContractFilterTest {

  @Test
  void givenMethodAndPath_whenOperationId_thenVerbAndSegmentsWithoutIdsOrVersion() {
    assertThat(OpenApiContractFilter.operationId(HttpMethod.GET, "/api/v1/session"))
        .isEqualTo("getSession");
    assertThat(OpenApiContractFilter.operationId(HttpMethod.POST, "/api/v1/requests/{id}/hold"))
        .isEqualTo("postRequestsHold");
    assertThat(OpenApiContractFilter.operationId(HttpMethod.PUT, "/api/v2/contact-persons/{id}"))
        .isEqualTo("putContactPersons");
  }
}
