package fi.rekisteri.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/me;x",
        "/me/%3Bx",
        "/me/%3bx",
        "/index.html;x",
        "/%2e/me",
        "/%2E%2E/me",
        "//api/v1/session",
        "/api/v1/contacts;x=1",
        "/api;x=1/v1/me/requests",
        "/api/v1/me/requests/1/withdraw;",
        "/./api/v1/me/requests",
        "/api/../api/v1/me/requests",
        "/api/v1/me/requests/..",
        "/%61pi/v1/me/requests",
        "/api%2Fv1/session",
        "/api%5Cv1/session",
        "/api\\v1/session",
        "/api/v1/%252e%252e/session",
        "/api/v1/%00/session",
        "/api/v1/%zz",
        "/api/v1/%4",
        "/api/v1/a b",
        "api/v1/session",
        ""
      })
  void givenAnAmbiguousSpelling_whenRefusal_thenRefused(String path) {
    assertThat(RequestPathGuard.refusal(path)).as(path).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/me",
        "/me/",
        "/me/index.html",
        "/index.html",
        "/api/v1/session",
        "/api/v1/contacts/0b8f6c1e-8a47-4d0a-9d7b-3c3c2c1b0a99",
        "/api/v1/requests/42/lift-restriction",
        "/api/v1/organisations/search/%C3%84ij%C3%A4",
        "/q/openapi",
        "/me/me.js"
      })
  void givenAPlainPath_whenRefusal_thenNone(String path) {
    assertThat(RequestPathGuard.refusal(path)).as(path).isEmpty();
  }
}
