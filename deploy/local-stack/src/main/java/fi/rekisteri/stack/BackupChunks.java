package fi.rekisteri.stack;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encrypted chunk stream of a {@link BackupArchive}: plain text in, AES-256-GCM authenticated
 * chunks out, and back.
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
 * it, each fails.
 */
final class BackupChunks {

  private static final byte[] MAGIC = "RKBACKUP".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_LENGTH = MAGIC.length + 1 + 4 + 8 + 16;
  private static final int TAG_LENGTH = 16;
  private static final int MAX_CHUNK_SIZE = 16 << 20;
  private static final byte MORE = 0;
  private static final byte LAST = 1;
  private static final int FORMAT = BackupArchive.FORMAT;
  private static final String CHANGED = BackupArchive.CHANGED;

  private BackupChunks() {}

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
        throw BackupArchive.wrongKey(written, key);
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
}
