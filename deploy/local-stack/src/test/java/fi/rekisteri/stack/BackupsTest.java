package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup of a stopped data directory (no PostgreSQL needed: a folder that looks like one) and its
 * restore: the backup folder holds only the encrypted archive and its manifest, the manifest never
 * the key; a changed archive or manifest, or another key, is refused before the data directory is
 * touched. The online path and the real cluster: BackupRestoreErasureTest in deploy/e2e-tests.
 */
class BackupsTest {

  private static final String KEY_BASE64 = "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4k=";

  @TempDir Path tmp;
  private Path data;
  private Path backups;
  private BackupKey key;
  private String keyHex;

  @BeforeEach
  void stoppedCluster() throws IOException {
    data = tmp.resolve("postgres");
    Files.createDirectories(data.resolve("base/5"));
    Files.createDirectories(data.resolve("pg_wal/archive_status"));
    Files.writeString(data.resolve("PG_VERSION"), "17\n");
    Files.writeString(data.resolve("base/5/2619"), "Raili Palautus raili@example.fi\n".repeat(999));
    Files.write(data.resolve("pg_wal/000000010000000000000001"), new byte[3 << 20]);
    backups = tmp.resolve("backups");
    keyHex = HexFormat.of().formatHex(Base64.getDecoder().decode(KEY_BASE64));
    key = BackupKey.parse(KEY_BASE64, BackupKey.VARIABLE);
  }

  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> tree = new TreeMap<>();
    if (!Files.exists(root)) {
      return tree;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        tree.put(
            root.relativize(path).toString(),
            Files.isDirectory(path) ? "dir" : BackupArchive.sha256Hex(path));
      }
    }
    return tree;
  }

  private Path live() throws IOException {
    Path live = tmp.resolve("live/postgres");
    Files.createDirectories(live);
    Files.writeString(live.resolve("current"), "the cluster in use");
    return live;
  }

  @Test
  void givenTheSameKey_whenBackupThenRestore_thenTheSameCluster() throws IOException {
    Path archive = Backups.backup(15432, data, backups, key);
    assertThat(archive).isAbsolute().hasFileName("archive.enc");
    try (Stream<Path> files = Files.list(archive.getParent())) {
      assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
          .as("no plain-text copy in the backup folder")
          .isEqualTo(List.of("archive.enc", "manifest.properties"));
    }
    assertThat(Backups.newest(backups)).contains(archive);
    assertThat(Backups.verify(archive.getParent(), key)).isEqualTo(Backups.createdAt(archive));

    Path live = live();
    Backups.restore(archive, live, key);
    assertThat(tree(live)).isEqualTo(tree(data));
    assertThat(live.resolveSibling("postgres.restoring")).doesNotExist();
  }

  @Test
  void givenBackup_thenNeverWritesTheKeyOrThePlainText() throws IOException {
    Path archive = Backups.backup(15432, data, backups, key);
    String manifest =
        Files.readString(archive.resolveSibling(BackupManifest.FILE), StandardCharsets.ISO_8859_1);
    assertThat(manifest)
        .contains("keyFingerprint=" + key.fingerprint())
        .contains("format=rekisteri-backup-1")
        .contains("archiveSha256=" + BackupArchive.sha256Hex(archive))
        .contains("file.base/5/2619=")
        .doesNotContainIgnoringCase(keyHex)
        .doesNotContain(KEY_BASE64)
        .doesNotContain(KEY_BASE64.substring(0, 20));
    String encrypted = new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1);
    assertThat(encrypted).doesNotContain("Raili").doesNotContain("raili@example.fi");
  }

  @Test
  void givenAChangedArchive_whenRestore_thenRefusedAndTheDataDirectoryUntouched()
      throws IOException {
    Path archive = Backups.backup(15432, data, backups, key);
    byte[] bytes = Files.readAllBytes(archive);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(archive, bytes);
    Path live = live();
    Map<String, String> before = tree(live);
    assertThatThrownBy(() -> Backups.restore(archive, live, key))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("the archive was changed after it was written");
    assertThatThrownBy(() -> Backups.verify(archive, key))
        .hasMessageStartingWith("the archive was changed after it was written");
    assertThat(tree(live)).isEqualTo(before);
    assertThat(live.resolveSibling("postgres.restoring")).doesNotExist();
  }

  @Test
  void givenAnotherKey_whenRestore_thenRefusedNamingBothFingerprints() throws IOException {
    Path archive = Backups.backup(15432, data, backups, key);
    BackupKey other = BackupKey.random(BackupKey.VARIABLE);
    Path live = live();
    Map<String, String> before = tree(live);
    assertThatThrownBy(() -> Backups.restore(archive.getParent(), live, other))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "this archive was written with another key (fingerprint "
                + key.fingerprint()
                + "), REKISTERI_BACKUP_KEY has fingerprint "
                + other.fingerprint());
    assertThat(tree(live)).isEqualTo(before);
  }

  @Test
  void givenAChangedManifest_whenRestore_thenRefused() throws IOException {
    Path archive = Backups.backup(15432, data, backups, key);
    Path manifest = archive.resolveSibling(BackupManifest.FILE);
    // someone without the key changes the archive and writes its new checksum into the manifest
    byte[] bytes = Files.readAllBytes(archive);
    bytes[100] ^= 0x01;
    Files.write(archive, bytes);
    String text = Files.readString(manifest);
    Files.writeString(
        manifest,
        text.replaceFirst(
            "archiveSha256=[0-9a-f]+", "archiveSha256=" + BackupArchive.sha256Hex(archive)));
    Path live = live();
    Map<String, String> before = tree(live);
    assertThatThrownBy(() -> Backups.restore(archive, live, key))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("manifest.properties was changed after it was written");
    assertThat(tree(live)).isEqualTo(before);
  }

  @Test
  void givenTheDemoKeyInsideTheBackupFolder_whenBackup_thenRefusedAndNothingWritten() {
    BackupKey demo = BackupKey.demo(backups.resolve(BackupKey.DEMO_FILE));
    assertThatThrownBy(() -> Backups.backup(15432, data, backups, demo))
        .hasMessageContaining("is inside the backup folder");
    assertThat(Backups.newest(backups)).isEmpty();
  }

  @Test
  void givenAFailure_whenBackup_thenNothingOfItIsLeft() throws IOException {
    Files.writeString(data.resolve("postmaster.pid"), "1\n");
    int closedPort = Processes.freePort();
    assertThatThrownBy(() -> Backups.backup(closedPort, data, backups, key))
        .hasMessageContaining("does not answer");
    try (Stream<Path> left = Files.list(backups)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void givenABackupFromBeforeEncryption_whenRestore_thenRefused() throws IOException {
    Path old = backups.resolve("20250101T000000Z");
    Files.createDirectories(old.resolve("data"));
    Files.writeString(old.resolve("backup.properties"), "createdAt=2025-01-01T00\\:00\\:00Z\n");
    assertThatThrownBy(() -> Backups.restore(old, live(), key))
        .hasMessageContaining("unencrypted backup from before backups were encrypted");
    assertThat(Backups.newest(backups)).isEmpty();
  }
}
