package fi.rekisteri.rights.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keyed hashes (HMAC-SHA256 with {@code rekisteri.identity-code.key}) of one-time codes and of
 * the addresses the rate limit counts; neither a code nor an address is stored in the clear.
 */
final class CodeHashes {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final SecretKeySpec key;

  CodeHashes(String key) {
    if (key == null || key.length() < 16) {
      throw new IllegalStateException(
          "rekisteri.identity-code.key must have 16 characters or more");
    }
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** Six random digits, leading zeros kept. */
  static String newCode() {
    return String.format(Locale.ROOT, "%06d", RANDOM.nextInt(1_000_000));
  }

  String ofCode(UUID requestId, String code) {
    return hmac("code:" + requestId + ":" + code);
  }

  String ofAddress(String email) {
    return hmac("address:" + email.strip().toLowerCase(Locale.ROOT));
  }

  /** Compares in constant time. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }

  private String hmac(String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
