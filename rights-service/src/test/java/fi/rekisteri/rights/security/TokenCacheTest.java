package fi.rekisteri.rights.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import fi.rekisteri.platform.security.CachingTokenIdentityProvider;
import fi.rekisteri.platform.security.VerifiedTokenCache;
import fi.rekisteri.rights.support.RightsStack;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rights service's bearer tokens go through the platform's cache of verified tokens (see
 * docs/benchmark.md, item 2; the register's TokenCacheTest covers each refused kind): a cached
 * token is answered from the cache with its roles, the same claims under another signature are
 * refused.
 */
@QuarkusTest
@WithTestResource(RightsStack.class)
class TokenCacheTest {

  @Inject CachingTokenIdentityProvider provider;

  private static int status(String token) {
    return given()
        .auth()
        .oauth2(token)
        .get("/api/v1/subjects/{id}", UUID.randomUUID())
        .then()
        .extract()
        .statusCode();
  }

  @Test
  void givenACachedToken_whenUsedAgain_thenFromTheCache_andAnotherSignatureIsRefused()
      throws Exception {
    VerifiedTokenCache cache = provider.cache();
    cache.clear();
    String dpo = TestTokens.user("dpo");
    String sales = TestTokens.user("sales");

    assertThat(status(dpo)).isEqualTo(404);
    assertThat(status(sales)).isEqualTo(403);
    long hits = cache.hits();
    assertThat(status(dpo)).isEqualTo(404);
    assertThat(status(sales)).isEqualTo(403);
    assertThat(cache.hits()).isEqualTo(hits + 2);
    assertThat(cache.size()).isEqualTo(2);

    String[] parts = dpo.split("\\.");
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(generator.generateKeyPair().getPrivate());
    rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    String forged =
        parts[0]
            + "."
            + parts[1]
            + "."
            + Base64.getUrlEncoder().withoutPadding().encodeToString(rsa.sign());

    assertThat(status(forged)).isEqualTo(401);
    assertThat(cache.size()).isEqualTo(2);
  }
}
