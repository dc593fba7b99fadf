package fi.rekisteri.register.contact;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys of the suppression list's keyed hashes (HMAC-SHA256), newest first, from {@code
 * rekisteri.suppression.keys} as {@code id:secret,id:secret}. New entries use the newest key;
 * lookups try every key; a key leaves the ring only when no entry made with it is left, because an
 * erased person's email cannot be hashed again with a new key.
 */
public final class SuppressionKeyring {

  /** At least 32 characters of secret: a dictionary of emails must not be enough to reverse it. */
  static final int MIN_SECRET_LENGTH = 32;

  public record Key(String id, SecretKeySpec secret) {
    String hash(String email) {
      try {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(secret);
        return HexFormat.of()
            .formatHex(
                mac.doFinal(
                    email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("HMAC-SHA256 unavailable", e);
      }
    }
  }

  private final List<Key> keys;

  private SuppressionKeyring(List<Key> keys) {
    this.keys = List.copyOf(keys);
  }

  /** Parses {@code id:secret,id:secret}; the message names the setting, never a secret. */
  public static SuppressionKeyring parse(String setting) {
    List<Key> keys = new ArrayList<>();
    Set<String> ids = new LinkedHashSet<>();
    for (String entry : setting == null ? new String[0] : setting.split(",")) {
      String trimmed = entry.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      int colon = trimmed.indexOf(':');
      if (colon < 1 || colon == trimmed.length() - 1) {
        throw new IllegalArgumentException(
            "rekisteri.suppression.keys: each key is id:secret, newest first");
      }
      String id = trimmed.substring(0, colon).strip();
      String secret = trimmed.substring(colon + 1).strip();
      if (!id.matches("[A-Za-z0-9._-]{1,32}") || !ids.add(id)) {
        throw new IllegalArgumentException(
            "rekisteri.suppression.keys: key ids are unique, 1-32 letters, digits, . _ -");
      }
      if (secret.length() < MIN_SECRET_LENGTH) {
        throw new IllegalArgumentException(
            "rekisteri.suppression.keys: the secret of key "
                + id
                + " is shorter than "
                + MIN_SECRET_LENGTH
                + " characters");
      }
      keys.add(
          new Key(id, new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256")));
    }
    if (keys.isEmpty()) {
      throw new IllegalArgumentException("rekisteri.suppression.keys: no key");
    }
    return new SuppressionKeyring(keys);
  }

  public Key newest() {
    return keys.get(0);
  }

  public List<Key> all() {
    return keys;
  }

  public boolean holds(String id) {
    return keys.stream().anyMatch(key -> key.id().equals(id));
  }
}
