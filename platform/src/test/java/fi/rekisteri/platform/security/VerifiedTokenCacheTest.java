package fi.rekisteri.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  /** A clock the test moves. */
  private static final class MovableClock extends Clock {
    private Instant now = NOW;

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static VerifiedTokenCache.Verified verified(String subject, Instant expiresAt) {
    return new VerifiedTokenCache.Verified(
        "Default",
        Map.of("sub", subject),
        Set.of("dpo"),
        Set.of(),
        Map.of("tenant-id", "Default"),
        expiresAt);
  }

  @Test
  void givenAnEntry_whenReadBeforeAndAtItsExpiry_thenTheEntryThenNothingAndDropped() {
    MovableClock clock = new MovableClock();
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
    ByteBuffer key = VerifiedTokenCache.key("a.b.c");
    cache.put(key, verified("a", NOW.plusSeconds(60)));

    clock.now = NOW.plusSeconds(59);
    assertThat(cache.get(key)).isNotNull();
    clock.now = NOW.plusSeconds(60);
    assertThat(cache.get(key)).isNull();
    assertThat(cache.size()).isZero();
    clock.now = NOW;
    assertThat(cache.get(key)).as("an expired entry is gone, not hidden").isNull();
    assertThat(cache.hits()).isEqualTo(1);
    assertThat(cache.misses()).isEqualTo(2);
  }

  @Test
  void givenAnAlreadyExpiredToken_whenPut_thenNotKept() {
    MovableClock clock = new MovableClock();
    VerifiedTokenCache cache = new VerifiedTokenCache(10, clock);
    cache.put(VerifiedTokenCache.key("x"), verified("x", NOW));
    cache.put(VerifiedTokenCache.key("y"), verified("y", NOW.minus(Duration.ofSeconds(1))));

    assertThat(cache.size()).isZero();
  }

  @Test
  void givenAFullCache_whenPutBeyondTheBound_thenTheLeastRecentlyUsedGoes() {
    VerifiedTokenCache cache = new VerifiedTokenCache(3, new MovableClock());
    Instant later = NOW.plusSeconds(300);
    for (String token : new String[] {"t1", "t2", "t3"}) {
      cache.put(VerifiedTokenCache.key(token), verified(token, later));
    }
    assertThat(cache.get(VerifiedTokenCache.key("t1"))).isNotNull(); // t2 is now the eldest

    cache.put(VerifiedTokenCache.key("t4"), verified("t4", later));

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.get(VerifiedTokenCache.key("t2"))).isNull();
    assertThat(cache.get(VerifiedTokenCache.key("t1"))).isNotNull();
    assertThat(cache.get(VerifiedTokenCache.key("t3"))).isNotNull();
    assertThat(cache.get(VerifiedTokenCache.key("t4"))).isNotNull();
  }

  @Test
  void givenTokensDifferingOnlyInTheSignature_whenKeyed_thenTheyDoNotShareAnEntry() {
    VerifiedTokenCache cache = new VerifiedTokenCache(10, new MovableClock());
    cache.put(
        VerifiedTokenCache.key("header.claims.signature"), verified("a", NOW.plusSeconds(60)));

    assertThat(cache.get(VerifiedTokenCache.key("header.claims.signaturf"))).isNull();
    assertThat(cache.get(VerifiedTokenCache.key("header.claims."))).isNull();
    assertThat(cache.get(VerifiedTokenCache.key("header.claims.signature"))).isNotNull();
    assertThat(VerifiedTokenCache.key("header.claims.signature"))
        .isEqualTo(VerifiedTokenCache.key("header.claims.signature"));
  }

  @Test
  void givenVerified_thenIsImmutable() {
    java.util.HashSet<String> roles = new java.util.HashSet<>(Set.of("dpo"));
    VerifiedTokenCache.Verified entry =
        new VerifiedTokenCache.Verified("Default", Map.of(), roles, Set.of(), Map.of(), NOW);
    roles.add("admin");

    assertThat(entry.roles()).containsExactly("dpo");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> entry.roles().add("admin"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void givenClaimsWithNestedRoles_whenCached_thenACopyNoCallerCanChange() {
    List<Object> roles = new ArrayList<>(List.of("dpo"));
    Map<String, Object> realmAccess = new HashMap<>(Map.of("roles", roles));
    Map<String, Object> claims = new HashMap<>(Map.of("sub", "s", "realm_access", realmAccess));

    VerifiedTokenCache.Verified verified =
        new VerifiedTokenCache.Verified("Default", claims, Set.of(), Set.of(), Map.of(), NOW);
    roles.add("admin"); // the caller's own map changes afterwards: the entry does not
    @SuppressWarnings("unchecked")
    Map<String, Object> cachedAccess = (Map<String, Object>) verified.claims().get("realm_access");
    @SuppressWarnings("unchecked")
    List<Object> cachedRoles = (List<Object>) cachedAccess.get("roles");

    assertThat(cachedRoles).containsExactly("dpo");
    assertThatThrownBy(() -> cachedRoles.add("admin"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cachedAccess.put("roles", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> verified.claims().remove("sub"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void givenAClaimThatIsNoJsonValue_whenCached_thenRefused() {
    Map<String, Object> claims = Map.of("sub", "s", "odd", new Object());

    assertThatThrownBy(
            () ->
                new VerifiedTokenCache.Verified(
                    "Default", claims, Set.of(), Set.of(), Map.of(), NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a JSON value");
  }

  @Test
  void givenOneToken_whenKeyedTwice_thenTheSameKeyAndAnotherTokensDiffers() {
    assertThat(VerifiedTokenCache.key("a.b.c")).isEqualTo(VerifiedTokenCache.key("a.b.c"));
    assertThat(VerifiedTokenCache.key("a.b.c")).isNotEqualTo(VerifiedTokenCache.key("a.b.d"));
    assertThat(VerifiedTokenCache.key("a.b.c").remaining()).isEqualTo(32);
  }
}
