package fi.rekisteri.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The encrypted container of a backup ({@link BackupArchive}): what goes in comes out, and every
 * way of changing the file after it was written, or reading it with another key, is refused with
 * the reason. Small chunks (1 KiB) so that the archive has many.
 */
class BackupArchiveTest {

  private static final int CHUNK = 1024;
  private static final int HEADER = 8 + 1 + 4 + 8 + 16;

  @TempDir Path tmp;
  private Path source;
  private Path archive;
  private BackupKey key;
  private BackupArchive.Contents written;

  @BeforeEach
  void writeArchive() throws IOException {
    source = tmp.resolve("source");
    Files.createDirectories(source.resolve("base/1"));
    Files.createDirectories(source.resolve("pg_notify"));
    Files.writeString(source.resolve("PG_VERSION"), "17\n");
    Files.writeString(source.resolve("base/1/henkilö"), "Raili Palautus, 040 222 3344");
    Files.write(source.resolve("base/1/empty"), new byte[0]);
    byte[] big = new byte[10 * CHUNK + 123];
    new Random(17).nextBytes(big);
    Files.write(source.resolve("base/1/16384"), big);
    key = BackupKey.random(BackupKey.VARIABLE);
    archive = tmp.resolve("archive.enc");
    try (BackupArchive.Writer writer = new BackupArchive.Writer(archive, key, CHUNK)) {
      DataDirectory.copy(source, writer, DataDirectory.Copy.WHOLE);
      written = writer.finish();
      assertThat(writer.sha256Hex()).isEqualTo(BackupArchive.sha256Hex(archive));
    }
  }

  /** The offset of each chunk's record (flag, length, ciphertext) in the archive. */
  private List<Integer> chunks() throws IOException {
    byte[] bytes = Files.readAllBytes(archive);
    List<Integer> offsets = new ArrayList<>();
    int at = HEADER;
    while (at < bytes.length) {
      offsets.add(at);
      at += 5 + ByteBuffer.wrap(bytes, at + 1, 4).getInt();
    }
    assertThat(at).isEqualTo(bytes.length);
    return offsets;
  }

  private void refused(String... reason) throws IOException {
    DataDirectory.delete(tmp.resolve("out"));
    assertThatThrownBy(() -> BackupArchive.read(archive, key, tmp.resolve("out")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContainingAll(reason);
  }

  @Test
  void givenTheArchiveAsWritten_whenRead_thenTheSameFoldersAndFiles() throws IOException {
    assertThat(chunks()).as("many chunks").hasSizeGreaterThan(10);
    Path out = tmp.resolve("out");
    BackupArchive.Contents read = BackupArchive.read(archive, key, out);
    assertThat(read).isEqualTo(written);
    assertThat(read.files())
        .containsOnlyKeys("PG_VERSION", "base/1/henkilö", "base/1/empty", "base/1/16384");
    for (String file : read.files().keySet()) {
      assertThat(out.resolve(file)).hasSameBinaryContentAs(source.resolve(file));
    }
    assertThat(out.resolve("pg_notify")).isEmptyDirectory();
    assertThat(BackupArchive.read(archive, key, null)).as("a check writes nothing").isEqualTo(read);
  }

  @Test
  void givenArchive_thenNeverHoldsThePlainTextNorTheKey() throws IOException {
    String bytes = new String(Files.readAllBytes(archive), StandardCharsets.ISO_8859_1);
    assertThat(bytes).doesNotContain("Raili").doesNotContain("henkil").doesNotContain("PG_VERSION");
  }

  @Test
  void givenAFlippedByteInAnyChunk_whenRead_thenRefusedNamingTheChunk() throws IOException {
    byte[] original = Files.readAllBytes(archive);
    List<Integer> chunks = chunks();
    for (int i = 0; i < chunks.size(); i++) {
      byte[] changed = original.clone();
      int end = i + 1 < chunks.size() ? chunks.get(i + 1) : changed.length;
      changed[(chunks.get(i) + 5 + end) / 2] ^= 0x01;
      Files.write(archive, changed);
      refused(BackupArchive.CHANGED, "chunk " + i + " does not authenticate");
    }
  }

  @Test
  void givenAFlippedByteInTheHeaderSaltOrAFlag_whenRead_thenRefused() throws IOException {
    byte[] original = Files.readAllBytes(archive);
    byte[] salt = original.clone();
    salt[HEADER - 1] ^= 0x01;
    Files.write(archive, salt);
    refused(BackupArchive.CHANGED, "chunk 0 does not authenticate");
    byte[] flag = original.clone();
    int last = chunks().get(chunks().size() - 1);
    flag[chunks().get(2)] = 1; // chunk 2 claims to be the last
    Files.write(archive, flag);
    refused(BackupArchive.CHANGED, "chunk 2 does not authenticate");
    byte[] notLast = original.clone();
    notLast[last] = 0;
    Files.write(archive, notLast);
    refused(BackupArchive.CHANGED, "does not authenticate");
  }

  @Test
  void givenATruncatedArchive_whenRead_thenRefusedAsTruncated() throws IOException {
    byte[] original = Files.readAllBytes(archive);
    List<Integer> chunks = chunks();
    // cut at a chunk's boundary: every chunk left authenticates, the last one is missing
    Files.write(archive, Arrays.copyOf(original, chunks.get(chunks.size() - 1)));
    refused(BackupArchive.CHANGED, "truncated", "without its last chunk");
    Files.write(archive, Arrays.copyOf(original, chunks.get(3)));
    refused(BackupArchive.CHANGED, "truncated", "ends after chunk 3");
    // cut inside a chunk
    Files.write(archive, Arrays.copyOf(original, chunks.get(3) + 100));
    refused(BackupArchive.CHANGED, "truncated");
    Files.write(archive, Arrays.copyOf(original, 20));
    refused("not a Rekisteri backup archive");
  }

  @Test
  void givenTwoChunksSwappedOrOneDropped_whenRead_thenRefused() throws IOException {
    byte[] original = Files.readAllBytes(archive);
    List<Integer> chunks = chunks();
    int a = chunks.get(1);
    int b = chunks.get(2);
    int length = b - a;
    assertThat(chunks.get(3) - b).as("two full chunks").isEqualTo(length);
    byte[] swapped = original.clone();
    System.arraycopy(original, b, swapped, a, length);
    System.arraycopy(original, a, swapped, b, length);
    Files.write(archive, swapped);
    refused(BackupArchive.CHANGED, "chunk 1 does not authenticate");
    byte[] dropped = new byte[original.length - length];
    System.arraycopy(original, 0, dropped, 0, a);
    System.arraycopy(original, b, dropped, a, original.length - b);
    Files.write(archive, dropped);
    refused(BackupArchive.CHANGED, "chunk 1 does not authenticate");
  }

  @Test
  void givenBytesAfterTheLastChunk_whenRead_thenRefused() throws IOException {
    byte[] original = Files.readAllBytes(archive);
    Files.write(archive, Arrays.copyOf(original, original.length + 1));
    refused(BackupArchive.CHANGED, "after its last chunk");
  }

  @Test
  void givenAnotherArchivesChunk_whenRead_thenRefused() throws IOException {
    byte[] first = Files.readAllBytes(archive);
    Path other = tmp.resolve("other.enc");
    try (BackupArchive.Writer writer = new BackupArchive.Writer(other, key, CHUNK)) {
      DataDirectory.copy(source, writer, DataDirectory.Copy.WHOLE);
      writer.finish();
    }
    byte[] second = Files.readAllBytes(other);
    assertThat(second.length).isEqualTo(first.length);
    int at = chunks().get(1);
    int end = chunks().get(2);
    System.arraycopy(second, at, first, at, end - at);
    Files.write(archive, first);
    refused(BackupArchive.CHANGED, "chunk 1 does not authenticate");
  }

  @Test
  void givenAnotherKey_whenRead_thenRefusedNamingBothFingerprints() {
    BackupKey other = BackupKey.random(BackupKey.VARIABLE);
    assertThatThrownBy(() -> BackupArchive.read(archive, other, tmp.resolve("out")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "this archive was written with another key (fingerprint "
                + key.fingerprint()
                + "), REKISTERI_BACKUP_KEY has fingerprint "
                + other.fingerprint());
    assertThat(tmp.resolve("out")).doesNotExist();
  }
}
