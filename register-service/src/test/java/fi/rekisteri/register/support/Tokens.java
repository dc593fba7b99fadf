package fi.rekisteri.register.support;

import fi.rekisteri.stack.TestTokens;

/** Real access tokens from the test Keycloak; see {@link TestTokens}. */
public final class Tokens {

  private Tokens() {}

  public static String of(String user) {
    return TestTokens.user(user);
  }

  public static String bearer(String user) {
    return "Bearer " + TestTokens.user(user);
  }

  /** A client-credentials token of the rights service's machine account. */
  public static String rightsService() {
    return TestTokens.rightsService();
  }
}
