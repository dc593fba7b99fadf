package fi.rekisteri.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The 32-byte key that backups are encrypted with: {@code REKISTERI_BACKUP_KEY} (64 hex digits or
 * base64), or, locally and only while that variable is unset, a demo key that the stack generates
 * once into {@code $REKISTERI_DATA_DIR/backup-demo.key} (owner-only; never in the backup folder).
 * Production requires the variable. Neither {@link #toString} nor any message shows the key: a key
 * is named by its {@link #fingerprint}.
 */
public final class BackupKey {

  public static final String VARIABLE = "REKISTERI_BACKUP_KEY";

  /** The demo key's file name, in the local data directory. */
  public static final String DEMO_FILE = "backup-demo.key";

  static final int LENGTH = 32;
  private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

  private final byte[] key;
  private final String source;
  private final Path demoFile;

  private BackupKey(byte[] key, String source, Path demoFile) {
    this.key = key;
    this.source = source;
    this.demoFile = demoFile;
  }

  /**
   * A key written as 64 hex digits or as base64 (standard or URL-safe, padded or not) of exactly 32
   * bytes; {@code source} names where it came from in messages (e.g. the variable's name).
   */
  public static BackupKey parse(String value, String source) {
    String text = value == null ? "" : value.strip();
    byte[] bytes;
    if (HEX.matcher(text).matches()) {
      bytes = HexFormat.of().parseHex(text);
    } else {
      try {
        bytes =
            text.indexOf('-') >= 0 || text.indexOf('_') >= 0
                ? Base64.getUrlDecoder().decode(text)
                : Base64.getDecoder().decode(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            source
                + " is neither 64 hex digits nor base64; give 32 random bytes, e.g. the output of"
                + " `openssl rand -base64 32`");
      }
    }
    if (bytes.length != LENGTH) {
      int length = bytes.length;
      Arrays.fill(bytes, (byte) 0);
      throw new IllegalArgumentException(
          source
              + " must be 32 bytes (64 hex digits or 44 base64 characters) but decodes to "
              + length
              + " bytes; e.g. `openssl rand -base64 32`");
    }
    return new BackupKey(bytes, source, null);
  }

  /** A new random key (tests, and the demo key). */
  public static BackupKey random(String source) {
    byte[] bytes = new byte[LENGTH];
    new SecureRandom().nextBytes(bytes);
    return new BackupKey(bytes, source, null);
  }

  /** The local demo key in {@code file}, generated (SecureRandom, owner-only) if not there yet. */
  public static BackupKey demo(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    String source = "the demo key " + absolute;
    try {
      if (!Files.exists(absolute)) {
        Files.createDirectories(absolute.getParent());
        Path temporary =
            absolute.resolveSibling(DEMO_FILE + ".new-" + ProcessHandle.current().pid());
        Files.deleteIfExists(temporary);
        DataDirectory.createOwnerOnly(temporary);
        BackupKey fresh = random(source);
        Files.writeString(
            temporary,
            Base64.getEncoder().encodeToString(fresh.key) + "\n",
            StandardCharsets.UTF_8);
        try {
          // atomic: of two processes generating at once, one key wins and both use it
          Files.createLink(absolute, temporary);
        } catch (FileAlreadyExistsException other) {
          // generated meanwhile by another process: use that one
        } finally {
          Files.deleteIfExists(temporary);
        }
      }
      BackupKey key = parse(Files.readString(absolute, StandardCharsets.UTF_8), source);
      return new BackupKey(key.key, source, absolute);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the demo backup key " + absolute, e);
    }
  }

  /**
   * Whether the environment, or the {@code --production} flag, says this is production: {@code
   * REKISTERI_PROFILE=prod}, or {@code prod} among the comma-separated {@code QUARKUS_PROFILE}.
   */
  public static boolean production(Map<String, String> env, boolean flag) {
    if (flag || "prod".equalsIgnoreCase(env.getOrDefault("REKISTERI_PROFILE", "").strip())) {
      return true;
    }
    for (String profile : env.getOrDefault("QUARKUS_PROFILE", "").split(",")) {
      if (profile.strip().toLowerCase(Locale.ROOT).equals("prod")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The key for {@code deploy/local/backup} and {@code restore}: {@code REKISTERI_BACKUP_KEY} when
   * set; else, outside production, the demo key in {@code demoFile}, announced on {@code notices}
   * (stderr); in production its absence is an error.
   */
  public static BackupKey resolve(
      Map<String, String> env, Path demoFile, boolean production, PrintStream notices) {
    String value = env.get(VARIABLE);
    if (value != null && !value.isBlank()) {
      return parse(value, VARIABLE);
    }
    if (production) {
      throw new IllegalStateException(
          VARIABLE
              + " is required in production (32 random bytes as base64 or 64 hex digits, e.g."
              + " `openssl rand -base64 32`, kept in the secret store, never beside the backups);"
              + " the demo key is for the local stack only");
    }
    boolean existed = Files.exists(demoFile);
    BackupKey demo = demo(demoFile);
    notices.println(
        VARIABLE
            + " is not set: using the local demo key "
            + demo.demoFile
            + (existed ? "" : " (generated now)")
            + ", fingerprint "
            + demo.fingerprint()
            + ". Anyone who can read that file can read these backups: set "
            + VARIABLE
            + " for anything but demo data. Production requires it.");
    return demo;
  }

  /**
   * Names the key without revealing it: the first 16 hex digits of SHA-256 of {@code
   * "rekisteri-backup-key:"} followed by the key's bytes.
   */
  public String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("rekisteri-backup-key:".getBytes(StandardCharsets.US_ASCII));
      sha.update(key);
      return HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the key came from: {@code REKISTERI_BACKUP_KEY}, or "the demo key FILE". */
  public String source() {
    return source;
  }

  /** The demo key's file, or null for a key from the variable. */
  public Path demoFile() {
    return demoFile;
  }

  /** A subkey for one purpose: HMAC-SHA256(key, purpose || context). */
  byte[] derive(String purpose, byte[] context) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update(purpose.getBytes(StandardCharsets.US_ASCII));
      mac.update(context);
      return mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "backup key " + fingerprint() + " (" + source + ")";
  }
}
