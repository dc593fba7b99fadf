package fi.rekisteri.stack;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A backup's single encrypted file: the data directory's folders and files as a stream of entries,
 * encrypted with AES-256-GCM in authenticated chunks (1 MiB of plain text each; {@link
 * BackupChunks} writes and checks them). The plain text is entries: {@code 'D' path} for a folder,
 * {@code 'F' path} then blocks (length, bytes; length 0 ends) for a file, {@code 'Z' count} at the
 * end. Nothing is written in plain text anywhere: {@link Writer} streams straight from the data
 * directory.
 */
final class BackupArchive {

  static final int CHUNK_SIZE = 1 << 20;
  static final int FORMAT = 1;
  static final String CIPHER =
      "AES-256-GCM, 1 MiB chunks, per-archive key HMAC-SHA256(key, salt), nonce = chunk index";

  static final String CHANGED = "the archive was changed after it was written";

  private BackupArchive() {}

  /** What a written or read archive holds: each file's SHA-256 (of its plain text), by path. */
  record Contents(Map<String, String> files, int directories) {}

  static IllegalStateException wrongKey(String writtenWith, BackupKey key) {
    return new IllegalStateException(
        "this archive was written with another key (fingerprint "
            + writtenWith
            + "), "
            + key.source()
            + " has fingerprint "
            + key.fingerprint()
            + (key.demoFile() == null
                ? ""
                : "; set " + BackupKey.VARIABLE + " to the key it was written with"));
  }

  // ---- entries

  /**
   * Writes a data directory's entries into a new archive file (owner-only); {@link #finish}
   * completes it. Used as the {@link DataDirectory.Sink} of a backup.
   */
  static final class Writer implements DataDirectory.Sink, AutoCloseable {
    private final MessageDigest archiveDigest;
    private final DataOutputStream out;
    private final Map<String, String> files = new LinkedHashMap<>();
    private int directories;
    private boolean finished;

    Writer(Path file, BackupKey key, int chunkSize) throws IOException {
      archiveDigest = sha256();
      DataDirectory.createOwnerOnly(file);
      OutputStream raw =
          new DigestOutputStream(
              new BufferedOutputStream(
                  Files.newOutputStream(file, StandardOpenOption.WRITE), 1 << 16),
              archiveDigest);
      out = new DataOutputStream(new BackupChunks.EncryptingOutputStream(raw, key, chunkSize));
    }

    @Override
    public void directory(String path) throws IOException {
      out.writeByte('D');
      out.writeUTF(path);
      directories++;
    }

    @Override
    public void file(String path, InputStream content) throws IOException {
      if (files.containsKey(path)) {
        throw new IllegalStateException(path + " is twice in the archive");
      }
      MessageDigest sha = sha256();
      out.writeByte('F');
      out.writeUTF(path);
      byte[] block = new byte[1 << 16];
      int n;
      while ((n = content.read(block)) > 0) {
        sha.update(block, 0, n);
        out.writeInt(n);
        out.write(block, 0, n);
      }
      out.writeInt(0);
      files.put(path, HexFormat.of().formatHex(sha.digest()));
    }

    /** Ends the archive; returns its contents and (through {@link #sha256Hex}) its checksum. */
    Contents finish() throws IOException {
      out.writeByte('Z');
      out.writeInt(files.size() + directories);
      out.close();
      finished = true;
      return new Contents(Map.copyOf(files), directories);
    }

    /** The SHA-256 of the archive's bytes, once finished. */
    String sha256Hex() {
      if (!finished) {
        throw new IllegalStateException("not finished");
      }
      return HexFormat.of().formatHex(archiveDigest.digest());
    }

    @Override
    public void close() throws IOException {
      if (!finished) {
        out.close();
      }
    }
  }

  /**
   * Decrypts and reads the whole archive, checking every chunk; writes its folders and files under
   * {@code into} (owner-only), or nowhere when {@code into} is null (a check). Returns what it
   * held, each file's checksum computed from what was read.
   */
  static Contents read(Path archive, BackupKey key, Path into) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    int directories = 0;
    try (DataInputStream in =
        new DataInputStream(
            new BackupChunks.DecryptingInputStream(
                new BufferedInputStream(Files.newInputStream(archive), 1 << 16), key))) {
      byte[] block = new byte[1 << 16];
      while (true) {
        int type = in.read();
        if (type == 'Z') {
          int count = in.readInt();
          if (count != files.size() + directories || in.read() >= 0) {
            throw new IllegalStateException(CHANGED + " (its entries do not add up)");
          }
          return new Contents(Map.copyOf(files), directories);
        }
        if (type != 'D' && type != 'F') {
          throw new IllegalStateException(CHANGED + " (an entry of unknown type " + type + ")");
        }
        String path = in.readUTF();
        Path target = into == null ? null : inside(into, path);
        if (type == 'D') {
          directories++;
          if (target != null) {
            Files.createDirectories(target);
            DataDirectory.ownerOnly(target);
          }
          continue;
        }
        MessageDigest sha = sha256();
        try (OutputStream file =
            target == null ? OutputStream.nullOutputStream() : create(target)) {
          int n;
          while ((n = in.readInt()) != 0) {
            if (n < 0 || n > block.length) {
              throw new IllegalStateException(CHANGED + " (a block of " + path + ")");
            }
            in.readFully(block, 0, n);
            sha.update(block, 0, n);
            file.write(block, 0, n);
          }
        }
        if (files.put(path, HexFormat.of().formatHex(sha.digest())) != null) {
          throw new IllegalStateException(CHANGED + " (" + path + " is in it twice)");
        }
      }
    } catch (EOFException e) {
      throw new IllegalStateException(CHANGED + " (its entries end early)", e);
    }
  }

  private static OutputStream create(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    DataDirectory.createOwnerOnly(target);
    return new BufferedOutputStream(
        Files.newOutputStream(target, StandardOpenOption.WRITE), 1 << 16);
  }

  /** {@code path} under {@code root}, never outside it. */
  private static Path inside(Path root, String path) {
    Path resolved = root.resolve(path).normalize();
    if (path.startsWith("/") || !resolved.startsWith(root.normalize())) {
      throw new IllegalStateException(
          CHANGED + " (an entry outside the data directory: " + path + ")");
    }
    return resolved;
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The SHA-256 of a file's bytes, in hex. */
  static String sha256Hex(Path file) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] block = new byte[1 << 16];
      int n;
      while ((n = in.read(block)) > 0) {
        sha.update(block, 0, n);
      }
    }
    return HexFormat.of().formatHex(sha.digest());
  }
}
