package fi.rekisteri.stack;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A backup's single encrypted file: the data directory's folders and files as a stream of entries,
 * encrypted with AES-256-GCM in authenticated chunks (1 MiB of plain text each).
 *
 * <pre>
 * header: "RKBACKUP" | format (1 byte) | chunk size (4) | key fingerprint (8) | salt (16)
 * chunk:  flag (1: 0 more, 1 last) | length (4) | AES-256-GCM ciphertext with its 16-byte tag
 * </pre>
 *
 * Each archive encrypts under its own key, HMAC-SHA256(backup key, "rekisteri-backup-chunks-v1" ||
 * salt), so the 96-bit nonce can be the chunk's index and never repeats under a key. The associated
 * data of a chunk is the whole header, its index and its flag: a changed byte anywhere, a chunk
 * moved or swapped, a header of another archive, a missing last chunk (truncation) or data after
 * it, each fails. The plain text is entries: {@code 'D' path} for a folder, {@code 'F' path} then
 * blocks (length, bytes; length 0 ends) for a file, {@code 'Z' count} at the end. Nothing is
 * written in plain text anywhere: {@link Writer} streams straight from the data directory.
 */
final class BackupArchive {

  static final int CHUNK_SIZE = 1 << 20;
  static final int FORMAT = 1;
  static final String CIPHER =
      "AES-256-GCM, 1 MiB chunks, per-archive key HMAC-SHA256(key, salt), nonce = chunk index";

  private static final byte[] MAGIC = "RKBACKUP".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_LENGTH = MAGIC.length + 1 + 4 + 8 + 16;
  private static final int TAG_LENGTH = 16;
  private static final int MAX_CHUNK_SIZE = 16 << 20;
  private static final byte MORE = 0;
  private static final byte LAST = 1;
  static final String CHANGED = "the archive was changed after it was written";

  private BackupArchive() {}

  /** What a written or read archive holds: each file's SHA-256 (of its plain text), by path. */
  record Contents(Map<String, String> files, int directories) {}

  // ---- the encrypted chunk stream

  private static byte[] aad(byte[] header, long index, byte flag) {
    return ByteBuffer.allocate(header.length + 9).put(header).putLong(index).put(flag).array();
  }

  private static GCMParameterSpec nonce(long index) {
    return new GCMParameterSpec(
        TAG_LENGTH * 8, ByteBuffer.allocate(12).putInt(0).putLong(index).array());
  }

  private static SecretKeySpec chunkKey(BackupKey key, byte[] salt) {
    return new SecretKeySpec(key.derive("rekisteri-backup-chunks-v1", salt), "AES");
  }

  /** Plain text in, authenticated chunks out; {@link #close} writes the last chunk. */
  static final class EncryptingOutputStream extends OutputStream {
    private final OutputStream out;
    private final byte[] header;
    private final SecretKeySpec chunkKey;
    private final byte[] buffer;
    private int filled;
    private long index;
    private boolean closed;

    EncryptingOutputStream(OutputStream out, BackupKey key, int chunkSize) throws IOException {
      if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
        throw new IllegalArgumentException("chunk size " + chunkSize);
      }
      this.out = out;
      byte[] salt = new byte[16];
      new SecureRandom().nextBytes(salt);
      this.header =
          ByteBuffer.allocate(HEADER_LENGTH)
              .put(MAGIC)
              .put((byte) FORMAT)
              .putInt(chunkSize)
              .put(HexFormat.of().parseHex(key.fingerprint()))
              .put(salt)
              .array();
      this.chunkKey = chunkKey(key, salt);
      this.buffer = new byte[chunkSize];
      out.write(header);
    }

    @Override
    public void write(int b) throws IOException {
      if (filled == buffer.length) {
        writeChunk(MORE);
      }
      buffer[filled++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      while (length > 0) {
        if (filled == buffer.length) {
          writeChunk(MORE);
        }
        int n = Math.min(length, buffer.length - filled);
        System.arraycopy(bytes, offset, buffer, filled, n);
        filled += n;
        offset += n;
        length -= n;
      }
    }

    private void writeChunk(byte flag) throws IOException {
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, chunkKey, nonce(index));
        cipher.updateAAD(aad(header, index, flag));
        byte[] sealed = cipher.doFinal(buffer, 0, filled);
        out.write(flag);
        out.write(ByteBuffer.allocate(4).putInt(sealed.length).array());
        out.write(sealed);
        Arrays.fill(buffer, 0, filled, (byte) 0);
        filled = 0;
        index++;
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-256-GCM is not available", e);
      }
    }

    @Override
    public void close() throws IOException {
      if (!closed) {
        closed = true;
        writeChunk(LAST);
        out.close();
      }
    }
  }

  /**
   * Authenticated chunks in, plain text out; every chunk is checked before a byte of it is read.
   */
  static final class DecryptingInputStream extends InputStream {
    private final DataInputStream in;
    private final byte[] header;
    private final SecretKeySpec chunkKey;
    private final int chunkSize;
    private byte[] plain = new byte[0];
    private int position;
    private long index;
    private boolean last;

    DecryptingInputStream(InputStream raw, BackupKey key) throws IOException {
      this.in = new DataInputStream(raw);
      this.header = new byte[HEADER_LENGTH];
      try {
        in.readFully(header);
      } catch (EOFException e) {
        throw new IllegalStateException("not a Rekisteri backup archive (shorter than its header)");
      }
      ByteBuffer fields = ByteBuffer.wrap(header);
      byte[] magic = new byte[MAGIC.length];
      fields.get(magic);
      if (!Arrays.equals(magic, MAGIC)) {
        throw new IllegalStateException("not a Rekisteri backup archive (no RKBACKUP header)");
      }
      int format = fields.get();
      if (format != FORMAT) {
        throw new IllegalStateException(
            "archive format " + format + ", but this tool reads format " + FORMAT);
      }
      this.chunkSize = fields.getInt();
      if (chunkSize < 1 || chunkSize > MAX_CHUNK_SIZE) {
        throw new IllegalStateException(CHANGED + " (its header names no valid chunk size)");
      }
      byte[] fingerprint = new byte[8];
      fields.get(fingerprint);
      String written = HexFormat.of().formatHex(fingerprint);
      if (!written.equals(key.fingerprint())) {
        throw wrongKey(written, key);
      }
      byte[] salt = new byte[16];
      fields.get(salt);
      this.chunkKey = chunkKey(key, salt);
    }

    private boolean nextChunk() throws IOException {
      if (last) {
        return false;
      }
      int flag = in.read();
      if (flag < 0) {
        throw truncated();
      }
      if (flag != MORE && flag != LAST) {
        throw new IllegalStateException(CHANGED + " (chunk " + index + " has no valid flag)");
      }
      byte[] sealed;
      try {
        int length = in.readInt();
        if (length < TAG_LENGTH || length > chunkSize + TAG_LENGTH) {
          throw new IllegalStateException(
              CHANGED + " (chunk " + index + " has an impossible length)");
        }
        sealed = new byte[length];
        in.readFully(sealed);
      } catch (EOFException e) {
        throw truncated();
      }
      try {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, chunkKey, nonce(index));
        cipher.updateAAD(aad(header, index, (byte) flag));
        plain = cipher.doFinal(sealed);
      } catch (AEADBadTagException e) {
        throw new IllegalStateException(
            CHANGED + " (chunk " + index + " does not authenticate)", e);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("AES-256-GCM is not available", e);
      }
      position = 0;
      index++;
      if (flag == LAST) {
        last = true;
        if (in.read() >= 0) {
          throw new IllegalStateException(CHANGED + " (there are bytes after its last chunk)");
        }
      }
      return true;
    }

    private IllegalStateException truncated() {
      return new IllegalStateException(
          CHANGED + " (it is truncated: it ends after chunk " + index + " without its last chunk)");
    }

    @Override
    public int read() throws IOException {
      while (position == plain.length) {
        if (!nextChunk()) {
          return -1;
        }
      }
      return plain[position++] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      while (position == plain.length) {
        if (!nextChunk()) {
          return -1;
        }
      }
      int n = Math.min(length, plain.length - position);
      System.arraycopy(plain, position, bytes, offset, n);
      position += n;
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

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
      out = new DataOutputStream(new EncryptingOutputStream(raw, key, chunkSize));
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
            new DecryptingInputStream(
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
