package fi.rekisteri.platform.ledger;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The erasure ledger's HMAC keys ({@code rekisteri.erasure-ledger.keys}: {@code id:secret}, comma
 * separated, newest first). The register seals each entry with the newest key and names its id; a
 * reader accepts an entry whose seal any key of the ring verifies, so a key can be rotated by
 * putting a new one first and dropping the old one once every entry it sealed has expired.
 */
public final class LedgerKeyring {

  private static final String ALGORITHM = "HmacSHA256";

  private final Map<String, byte[]> keys;
  private final String newest;

  private LedgerKeyring(Map<String, byte[]> keys, String newest) {
    this.keys = keys;
    this.newest = newest;
  }

  /** Parses {@code id:secret,id:secret}; the error names the setting, never a secret. */
  public static LedgerKeyring parse(String spec) {
    return parse("rekisteri.erasure-ledger.keys", spec);
  }

  /**
   * Parses the keyring of the setting {@code setting} (also the audit chain's published heads,
   * {@code rekisteri.audit.head-keys}); the error names the setting, never a secret.
   */
  public static LedgerKeyring parse(String setting, String spec) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    String newest = null;
    for (String item : spec == null ? new String[0] : spec.split(",")) {
      String trimmed = item.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      int colon = trimmed.indexOf(':');
      if (colon <= 0 || colon == trimmed.length() - 1) {
        throw new IllegalArgumentException(setting + ": each key is id:secret, comma separated");
      }
      String id = trimmed.substring(0, colon);
      if (keys.put(id, trimmed.substring(colon + 1).getBytes(StandardCharsets.UTF_8)) != null) {
        throw new IllegalArgumentException(setting + ": a key id is repeated");
      }
      newest = newest == null ? id : newest;
    }
    if (newest == null) {
      throw new IllegalArgumentException(setting + ": no key");
    }
    return new LedgerKeyring(keys, newest);
  }

  public String newestKeyId() {
    return newest;
  }

  /** The signature of {@code canonical} with the newest key. */
  public String sign(String canonical) {
    return mac(keys.get(newest), canonical);
  }

  /**
   * Why the signature does not hold, or empty when the key {@code keyId} of this ring made it
   * (constant-time comparison).
   */
  public Optional<String> refusal(String keyId, String canonical, String signature) {
    byte[] key = keyId == null ? null : keys.get(keyId);
    if (key == null) {
      return Optional.of("unknown key");
    }
    if (signature == null) {
      return Optional.of("unsigned");
    }
    boolean same =
        MessageDigest.isEqual(
            mac(key, canonical).getBytes(StandardCharsets.US_ASCII),
            signature.getBytes(StandardCharsets.US_ASCII));
    return same ? Optional.empty() : Optional.of("signature does not match");
  }

  private static String mac(byte[] key, String canonical) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException(ALGORITHM + " unavailable", e);
    }
  }
}
