package fi.rekisteri.register.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fi.rekisteri.platform.security.CachingTokenIdentityProvider;
import fi.rekisteri.platform.security.VerifiedTokenCache;
import fi.rekisteri.register.support.RegisterStack;
import fi.rekisteri.register.support.Tokens;
import fi.rekisteri.stack.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cache of verified access tokens (docs/benchmark.md) against the real Keycloak: a token
 * differing from a cached one in anything (a claim, its signature, its key) goes to the full check
 * and is refused, an expired token is refused although it was cached, the cached identity keeps its
 * roles, and the cache's key is the whole token.
 */
@QuarkusTest
@WithTestResource(RegisterStack.class)
class TokenCacheTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();

  @Inject CachingTokenIdentityProvider provider;

  private VerifiedTokenCache cache;

  @BeforeEach
  void emptyCache() {
    cache = provider.cache();
    cache.clear();
  }

  private static int status(String token) {
    return given()
        .header("Authorization", "Bearer " + token)
        .get("/api/v1/contacts?limit=1")
        .then()
        .extract()
        .statusCode();
  }

  /** The valid dpo token, verified once and now in the cache. */
  private String warmedDpoToken() {
    String valid = Tokens.of("dpo");
    assertThat(status(valid)).isEqualTo(200);
    long hits = cache.hits();
    assertThat(status(valid)).isEqualTo(200);
    assertThat(cache.hits()).as("the second request is served from the cache").isEqualTo(hits + 1);
    assertThat(cache.size()).isEqualTo(1);
    return valid;
  }

  @Test
  void givenACachedToken_whenUsedAgain_thenOneEntry_andItsRolesStillDecide() {
    warmedDpoToken();
    String subject = Tokens.of("maija");

    assertThat(status(subject)).isEqualTo(403);
    long hits = cache.hits();
    assertThat(status(subject)).as("a cached data subject is still refused").isEqualTo(403);
    assertThat(cache.hits()).isEqualTo(hits + 1);
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void givenAValidTokenCached_whenItsClaimsAreChanged_thenUnauthorized() throws Exception {
    String valid = warmedDpoToken();
    String[] parts = valid.split("\\.");
    ObjectNode claims = (ObjectNode) JSON.readTree(B64D.decode(parts[1]));
    ((ArrayNode) claims.with("realm_access").withArray("roles")).add("admin");
    String elevated =
        parts[0] + "." + B64.encodeToString(JSON.writeValueAsBytes(claims)) + "." + parts[2];
    char flipped = parts[1].charAt(10) == 'A' ? 'B' : 'A';
    String oneCharacter =
        parts[0]
            + "."
            + parts[1].substring(0, 10)
            + flipped
            + parts[1].substring(11)
            + "."
            + parts[2];

    assertThat(status(elevated)).isEqualTo(401);
    assertThat(status(oneCharacter)).isEqualTo(401);
    assertThat(status(valid)).isEqualTo(200);
    assertThat(cache.size()).as("a refused token is never cached").isEqualTo(1);
  }

  @Test
  void
      givenAValidTokenCached_whenTheSameClaimsAreSignedByAnotherKeyWithTheSameKid_thenUnauthorized()
          throws Exception {
    String valid = warmedDpoToken();
    String[] parts = valid.split("\\.");
    var generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    var keys = generator.generateKeyPair();
    Signature rsa = Signature.getInstance("SHA256withRSA");
    rsa.initSign(keys.getPrivate());
    rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    String forged = parts[0] + "." + parts[1] + "." + B64.encodeToString(rsa.sign());
    assertThat(JSON.readTree(B64D.decode(parts[0])).path("kid").asText()).isNotEmpty();
    long hits = cache.hits();

    assertThat(status(forged)).isEqualTo(401);
    assertThat(cache.hits())
        .as("same header and claims, another signature: not the cached entry")
        .isEqualTo(hits);
    assertThat(status(valid)).isEqualTo(200);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void givenAValidTokenCached_whenATokenForAnotherAudienceComes_thenUnauthorized() {
    String valid = warmedDpoToken();

    assertThat(status(TestTokens.foreignAudience())).isEqualTo(401);
    assertThat(status(valid)).isEqualTo(200);
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void givenACachedToken_whenItExpires_thenUnauthorized_whileAValidOneStaysCached()
      throws Exception {
    String valid = warmedDpoToken();
    String shortLived = TestTokens.shortLived();
    long exp = JSON.readTree(B64D.decode(shortLived.split("\\.")[1])).path("exp").asLong();
    assertThat(exp - Instant.now().getEpochSecond())
        .as("the fixture's token lives 5 seconds")
        .isBetween(2L, 5L);

    assertThat(status(shortLived)).isEqualTo(200);
    long hits = cache.hits();
    assertThat(status(shortLived)).isEqualTo(200);
    assertThat(cache.hits()).as("the short-lived token was cached").isEqualTo(hits + 1);
    while (Instant.now().getEpochSecond() <= exp) {
      Thread.sleep(200);
    }

    assertThat(status(shortLived)).isEqualTo(401);
    assertThat(status(valid)).isEqualTo(200);
    assertThat(cache.size()).isEqualTo(1);
  }
}
