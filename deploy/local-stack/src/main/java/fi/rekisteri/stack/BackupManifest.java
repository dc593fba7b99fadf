package fi.rekisteri.stack;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@code manifest.properties}, beside a backup's {@code archive.enc} and written last (a folder
 * without it is incomplete): the format, the creation time, how the backup was taken, the key's
 * fingerprint (never the key), the archive's SHA-256 and size, and each file's SHA-256 (of its
 * plain text). It ends with {@code manifestMac}, an HMAC-SHA256 of the rest under a subkey of the
 * backup key, so nobody without the key can change a checksum to match a changed archive.
 */
final class BackupManifest {

  static final String FILE = "manifest.properties";
  static final String ARCHIVE = "archive.enc";
  static final String FORMAT = "rekisteri-backup-" + BackupArchive.FORMAT;
  private static final String FILE_PREFIX = "file.";
  private static final String MAC = "manifestMac";

  private final Path folder;
  private final Properties properties;

  private BackupManifest(Path folder, Properties properties) {
    this.folder = folder;
    this.properties = properties;
  }

  /** Writes the manifest of a finished archive in {@code folder}. */
  static void write(
      Path folder,
      Properties details,
      Instant createdAt,
      BackupArchive.Contents contents,
      String archiveSha256,
      BackupKey key)
      throws IOException {
    Properties manifest = new Properties();
    manifest.putAll(details);
    manifest.setProperty("format", FORMAT);
    manifest.setProperty("createdAt", createdAt.toString());
    manifest.setProperty("cipher", BackupArchive.CIPHER);
    manifest.setProperty("keyFingerprint", key.fingerprint());
    manifest.setProperty("archive", ARCHIVE);
    manifest.setProperty("archiveSha256", archiveSha256);
    manifest.setProperty("archiveBytes", String.valueOf(Files.size(folder.resolve(ARCHIVE))));
    manifest.setProperty("files", String.valueOf(contents.files().size()));
    manifest.setProperty("directories", String.valueOf(contents.directories()));
    contents.files().forEach((path, sha) -> manifest.setProperty(FILE_PREFIX + path, sha));
    manifest.setProperty(MAC, mac(manifest, key));
    Path file = folder.resolve(FILE);
    DataDirectory.createOwnerOnly(file);
    try (var out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
      manifest.store(
          out,
          "Rekisteri backup (encrypted; key fingerprint "
              + key.fingerprint()
              + "); restore with deploy/local/restore "
              + folder.resolve(ARCHIVE));
    }
  }

  /** The manifest in {@code folder}; refused when there is none or it is not of this format. */
  static BackupManifest read(Path folder) {
    Properties properties = new Properties();
    try (var in = Files.newInputStream(folder.resolve(FILE))) {
      properties.load(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(folder + " is not a complete backup (no " + FILE + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!FORMAT.equals(properties.getProperty("format"))) {
      throw new IllegalStateException(
          folder
              + " is a backup of format "
              + properties.getProperty("format")
              + "; this tool reads "
              + FORMAT);
    }
    return new BackupManifest(folder, properties);
  }

  Path archive() {
    return folder.resolve(ARCHIVE);
  }

  Instant createdAt() {
    return Instant.parse(properties.getProperty("createdAt"));
  }

  String keyFingerprint() {
    return properties.getProperty("keyFingerprint");
  }

  /**
   * The checks before anything is decrypted: the key is the one the archive was written with, the
   * manifest is as it was written, and the archive's bytes are those it names.
   */
  void requireIntact(BackupKey key) throws IOException {
    if (!key.fingerprint().equals(keyFingerprint())) {
      throw BackupArchive.wrongKey(keyFingerprint(), key);
    }
    String stated = properties.getProperty(MAC, "");
    if (!MessageDigest.isEqual(
        stated.getBytes(StandardCharsets.US_ASCII),
        mac(properties, key).getBytes(StandardCharsets.US_ASCII))) {
      throw new IllegalStateException(
          "the manifest "
              + folder.resolve(FILE)
              + " was changed after it was written (its MAC does not match)");
    }
    if (!Files.isRegularFile(archive())) {
      throw new IllegalArgumentException(folder + " is not a complete backup (no " + ARCHIVE + ")");
    }
    String actual = BackupArchive.sha256Hex(archive());
    if (!actual.equals(properties.getProperty("archiveSha256"))) {
      throw new IllegalStateException(
          BackupArchive.CHANGED
              + " ("
              + archive()
              + " has SHA-256 "
              + actual
              + ", its manifest says "
              + properties.getProperty("archiveSha256")
              + ")");
    }
  }

  /** What was decrypted is, file by file, what the manifest lists. */
  void requireContents(BackupArchive.Contents contents) {
    Map<String, String> listed = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith(FILE_PREFIX)) {
        listed.put(name.substring(FILE_PREFIX.length()), properties.getProperty(name));
      }
    }
    for (Map.Entry<String, String> file : contents.files().entrySet()) {
      if (!file.getValue().equals(listed.get(file.getKey()))) {
        throw new IllegalStateException(
            BackupArchive.CHANGED + " (" + file.getKey() + " does not match its checksum)");
      }
    }
    if (listed.size() != contents.files().size()) {
      throw new IllegalStateException(
          BackupArchive.CHANGED
              + " (it holds "
              + contents.files().size()
              + " files, its manifest lists "
              + listed.size()
              + ")");
    }
  }

  /** HMAC-SHA256 over every property but the MAC itself, sorted, each length-prefixed. */
  private static String mac(Properties manifest, BackupKey key) {
    TreeMap<String, String> sorted = new TreeMap<>();
    for (String name : manifest.stringPropertyNames()) {
      if (!name.equals(MAC)) {
        sorted.put(name, manifest.getProperty(name));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      for (Map.Entry<String, String> entry : sorted.entrySet()) {
        byte[] name = entry.getKey().getBytes(StandardCharsets.UTF_8);
        byte[] value = entry.getValue().getBytes(StandardCharsets.UTF_8);
        out.writeInt(name.length);
        out.write(name);
        out.writeInt(value.length);
        out.write(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of()
        .formatHex(key.derive("rekisteri-backup-manifest-v1", bytes.toByteArray()));
  }
}
