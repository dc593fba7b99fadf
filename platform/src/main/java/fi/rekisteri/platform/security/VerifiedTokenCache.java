package fi.rekisteri.platform.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Permission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/**
 * Access tokens that the OIDC extension has verified, until their expiry: keyed by the SHA-256 of
 * the whole raw token (header, claims and signature), so a token that differs in any character, its
 * signature included, never finds another token's entry. Bounded: the least recently used entry
 * goes when a new one would exceed {@code maxEntries}. An entry is returned only while the clock is
 * before its {@code expiresAt} (the token's {@code exp}, without any clock skew grace), and an
 * expired entry is dropped when met. Failures are never stored: an entry is made only from a
 * verified token ({@link CachingTokenIdentityProvider}).
 *
 * <p>The entry holds what the verification established and nothing of a request: the claims
 * (immutable), the roles and permissions mapped from them, the tenant and the tenant-wide
 * attributes of the identity. Each request builds its own identity from it.
 */
public final class VerifiedTokenCache {

  /**
   * What a verified token established; immutable, its claims too (to the last nested list), so a
   * request's identity made from them can change nothing another request sees.
   */
  public record Verified(
      String tenantId,
      Map<String, Object> claims,
      Set<String> roles,
      Set<Permission> permissions,
      Map<String, Object> attributes,
      Instant expiresAt) {

    /**
     * @throws IllegalArgumentException if a claim holds anything but JSON values (then the token is
     *     not cached)
     */
    public Verified {
      @SuppressWarnings("unchecked")
      Map<String, Object> frozen = (Map<String, Object>) frozen(claims);
      claims = frozen;
      roles = Set.copyOf(roles);
      permissions = Set.copyOf(permissions);
      attributes = Map.copyOf(attributes);
    }

    private static Object frozen(Object value) {
      if (value == null
          || value instanceof String
          || value instanceof Number
          || value instanceof Boolean) {
        return value;
      }
      if (value instanceof Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((name, item) -> copy.put((String) name, frozen(item)));
        return Collections.unmodifiableMap(copy);
      }
      if (value instanceof List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(item -> copy.add(frozen(item)));
        return Collections.unmodifiableList(copy);
      }
      throw new IllegalArgumentException("not a JSON value: " + value.getClass().getSimpleName());
    }
  }

  /** Cloned for each key: getInstance looks the algorithm up among the providers every time. */
  private static final MessageDigest SHA_256;

  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JVM", e);
    }
  }

  private final int maxEntries;
  private final Clock clock;
  private final Map<ByteBuffer, Verified> entries;
  private final LongAdder hits = new LongAdder();
  private final LongAdder misses = new LongAdder();

  public VerifiedTokenCache(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be at least 1");
    }
    this.maxEntries = maxEntries;
    this.clock = clock;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<ByteBuffer, Verified> eldest) {
            return size() > VerifiedTokenCache.this.maxEntries;
          }
        };
  }

  /** The SHA-256 of the whole token (UTF-8): the key of its entry. */
  public static ByteBuffer key(String rawToken) {
    try {
      return ByteBuffer.wrap(
              ((MessageDigest) SHA_256.clone()).digest(rawToken.getBytes(StandardCharsets.UTF_8)))
          .asReadOnlyBuffer();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("SHA-256 of this JVM cannot be cloned", e);
    }
  }

  /** The entry of this token while it has not expired; null otherwise. */
  public Verified get(ByteBuffer key) {
    Instant now = clock.instant();
    synchronized (entries) {
      Verified verified = entries.get(key);
      if (verified != null && now.isBefore(verified.expiresAt())) {
        hits.increment();
        return verified;
      }
      if (verified != null) {
        entries.remove(key);
      }
    }
    misses.increment();
    return null;
  }

  /** Keeps a verified token's entry, unless it has already expired. */
  public void put(ByteBuffer key, Verified verified) {
    if (!clock.instant().isBefore(verified.expiresAt())) {
      return;
    }
    synchronized (entries) {
      entries.put(key, verified);
    }
  }

  public int size() {
    synchronized (entries) {
      return entries.size();
    }
  }

  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  public long hits() {
    return hits.sum();
  }

  public long misses() {
    return misses.sum();
  }
}
