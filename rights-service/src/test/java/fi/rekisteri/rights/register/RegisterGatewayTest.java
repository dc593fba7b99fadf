package fi.rekisteri.rights.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which register failures are "retry later" and which are refusals. */
class RegisterGatewayTest {

  private static RegisterGateway failingWith(RuntimeException failure) {
    RegisterClient client =
        (RegisterClient)
            Proxy.newProxyInstance(
                RegisterClient.class.getClassLoader(),
                new Class<?>[] {RegisterClient.class},
                (proxy, method, args) -> {
                  throw failure;
                });
    return new RegisterGateway(client, new SimpleMeterRegistry());
  }

  @Test
  void givenConnectionRefused_whenCalled_thenUnavailable() {
    RegisterGateway gateway =
        failingWith(new ProcessingException(new ConnectException("Connection refused")));

    assertThatThrownBy(() -> gateway.erase(UUID.randomUUID(), UUID.randomUUID()))
        .isInstanceOf(RegisterUnavailableException.class)
        .hasMessage("register unavailable during erase");
  }

  @Test
  void givenServerError_whenCalled_thenUnavailable() {
    RegisterGateway gateway = failingWith(new WebApplicationException(503));

    assertThatThrownBy(() -> gateway.export(UUID.randomUUID(), UUID.randomUUID()))
        .isInstanceOf(RegisterUnavailableException.class);
  }

  @Test
  void givenNotFound_whenCalled_thenRejectedWithStatus() {
    RegisterGateway gateway = failingWith(new WebApplicationException(404));

    assertThatThrownBy(() -> gateway.restrict(UUID.randomUUID(), UUID.randomUUID(), "r"))
        .isInstanceOfSatisfying(
            RegisterRejectedException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.operation()).isEqualTo("restrict");
            });
  }

  @Test
  void givenNoControllerProfile_whenRead_thenFallback() {
    RegisterGateway gateway = failingWith(new WebApplicationException(404));

    assertThat(gateway.controllerProfile().fallback()).isTrue();
  }
}
