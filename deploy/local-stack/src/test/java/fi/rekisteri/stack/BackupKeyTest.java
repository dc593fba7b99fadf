package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup key: its forms, its fingerprint, the local demo key and production's rule. */
class BackupKeyTest {

  private static final byte[] BYTES = new byte[32];

  static {
    for (int i = 0; i < BYTES.length; i++) {
      BYTES[i] = (byte) (i * 7 + 1);
    }
  }

  @TempDir Path tmp;

  @Test
  void givenHexOrBase64OfTheSameBytes_whenParse_thenTheSameKey() {
    String hex = HexFormat.of().formatHex(BYTES);
    BackupKey fromHex = BackupKey.parse(hex, "K");
    assertThat(BackupKey.parse(hex.toUpperCase(), "K").fingerprint())
        .isEqualTo(fromHex.fingerprint());
    assertThat(BackupKey.parse(Base64.getEncoder().encodeToString(BYTES), "K").fingerprint())
        .isEqualTo(fromHex.fingerprint());
    assertThat(
            BackupKey.parse(Base64.getUrlEncoder().withoutPadding().encodeToString(BYTES), "K")
                .fingerprint())
        .isEqualTo(fromHex.fingerprint());
    assertThat(fromHex.fingerprint()).matches("[0-9a-f]{16}");
    assertThat(fromHex.toString()).doesNotContain(hex).contains(fromHex.fingerprint());
  }

  @Test
  void givenAnotherLengthOrNoEncoding_whenParse_thenRefusedWithoutShowingTheValue() {
    String short16 = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> BackupKey.parse(short16, BackupKey.VARIABLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REKISTERI_BACKUP_KEY must be 32 bytes")
        .hasMessageContaining("decodes to 16 bytes")
        .hasMessageNotContaining(short16);
    assertThatThrownBy(() -> BackupKey.parse("not a key!", BackupKey.VARIABLE))
        .hasMessageContaining("neither 64 hex digits nor base64")
        .hasMessageNotContaining("not a key!");
    assertThatThrownBy(() -> BackupKey.parse(HexFormat.of().formatHex(new byte[31]), "K"))
        .hasMessageContaining("must be 32 bytes");
  }

  @Test
  void givenFingerprint_thenIsSha256OfThePrefixedKey() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update("rekisteri-backup-key:".getBytes(StandardCharsets.US_ASCII));
    sha.update(BYTES);
    assertThat(BackupKey.parse(HexFormat.of().formatHex(BYTES), "K").fingerprint())
        .isEqualTo(HexFormat.of().formatHex(sha.digest()).substring(0, 16));
  }

  @Test
  void givenDemo_thenIsGeneratedOnceOwnerOnlyAndThenReused() throws IOException {
    Path file = tmp.resolve("data/backup-demo.key");
    BackupKey first = BackupKey.demo(file);
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    assertThat(BackupKey.demo(file).fingerprint()).isEqualTo(first.fingerprint());
    assertThat(first.source()).isEqualTo("the demo key " + file.toAbsolutePath());
    assertThat(first.demoFile()).isEqualTo(file.toAbsolutePath());
    assertThat(BackupKey.demo(tmp.resolve("elsewhere.key")).fingerprint())
        .isNotEqualTo(first.fingerprint());
    try (var files = Files.list(file.getParent())) {
      assertThat(files).as("no temporary file left").containsExactly(file);
    }
  }

  @Test
  void givenTheVariable_whenResolve_thenItsKeyAndNoNotice() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    BackupKey key =
        BackupKey.resolve(
            Map.of(BackupKey.VARIABLE, HexFormat.of().formatHex(BYTES)),
            tmp.resolve("backup-demo.key"),
            true,
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(key.source()).isEqualTo(BackupKey.VARIABLE);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(tmp.resolve("backup-demo.key")).doesNotExist();
  }

  @Test
  void givenNoVariableLocally_whenResolve_thenTheDemoKeyAnnouncedOnStderr() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path file = tmp.resolve("backup-demo.key");
    BackupKey key =
        BackupKey.resolve(
            Map.of(), file, false, new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(key.demoFile()).isEqualTo(file.toAbsolutePath());
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("REKISTERI_BACKUP_KEY is not set: using the local demo key " + file)
        .contains(key.fingerprint())
        .contains("Production requires it");
  }

  @Test
  void givenNoVariableInProduction_whenResolve_thenRefused() {
    Path file = tmp.resolve("backup-demo.key");
    assertThatThrownBy(
            () ->
                BackupKey.resolve(
                    Map.of(), file, true, new PrintStream(OutputStream.nullOutputStream())))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("REKISTERI_BACKUP_KEY is required in production");
    assertThat(file).doesNotExist();
  }

  @Test
  void givenProduction_thenIsTheFlagOrAProdProfile() {
    assertThat(BackupKey.production(Map.of(), false)).isFalse();
    assertThat(BackupKey.production(Map.of("REKISTERI_PROFILE", "local"), false)).isFalse();
    assertThat(BackupKey.production(Map.of(), true)).isTrue();
    assertThat(BackupKey.production(Map.of("REKISTERI_PROFILE", "prod"), false)).isTrue();
    assertThat(BackupKey.production(Map.of("QUARKUS_PROFILE", "kube, prod"), false)).isTrue();
    assertThat(BackupKey.production(Map.of("QUARKUS_PROFILE", "production-like"), false)).isFalse();
  }
}
