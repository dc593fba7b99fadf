package fi.rekisteri.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
        "{\"sub\":\"" + subject + "\"}",
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
        new VerifiedTokenCache.Verified("Default", "{}", roles, Set.of(), Map.of(), NOW);
    roles.add("admin");

    assertThat(entry.roles()).containsExactly("dpo");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> entry.roles().add("admin"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
