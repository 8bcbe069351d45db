package org.homeward.shared.database;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * A backup's protection: AES-256-GCM under a key derived from a passphrase with Argon2id. A file is
 * sealed in chunks of 1 MiB, each with its own random nonce and, in its authenticated data, the
 * file's name, its index and whether it is the last one: a table of any size streams through in
 * constant memory, and no chunk can be swapped, moved to another file, reordered or cut off without
 * the opening failing.
 */
final class BackupCipher {

  static final String CIPHER = "AES-256-GCM, chunks of 1 MiB";
  static final int CHUNK = 1 << 20;
  private static final byte[] MAGIC = "HWSEAL1\n".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** How the key is derived from the passphrase; kept in the manifest. */
  record KeyDerivation(
      String algorithm, String salt, int memoryKiB, int iterations, int parallelism) {

    static KeyDerivation fresh() {
      byte[] salt = new byte[16];
      RANDOM.nextBytes(salt);
      return new KeyDerivation(
          "argon2id", Base64.getEncoder().encodeToString(salt), 64 * 1024, 3, 1);
    }
  }

  private final SecretKeySpec key;

  private BackupCipher(byte[] key) {
    this.key = new SecretKeySpec(key, "AES");
  }

  static BackupCipher derive(byte[] passphrase, KeyDerivation kdf) {
    if (!"argon2id".equals(kdf.algorithm())) {
      throw new IllegalArgumentException("unknown key derivation " + kdf.algorithm());
    }
    Argon2BytesGenerator argon2 = new Argon2BytesGenerator();
    argon2.init(
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withSalt(Base64.getDecoder().decode(kdf.salt()))
            .withMemoryAsKB(kdf.memoryKiB())
            .withIterations(kdf.iterations())
            .withParallelism(kdf.parallelism())
            .build());
    byte[] key = new byte[32];
    argon2.generateBytes(passphrase, key);
    return new BackupCipher(key);
  }

  /**
   * The passphrase: the content of a file (one trailing line break dropped), else the environment
   * variable {@code HOMEWARD_BACKUP_PASSPHRASE}, else none.
   */
  static byte[] passphrase(Path file) throws IOException {
    byte[] bytes;
    if (file != null) {
      if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
        throw new IOException("cannot read --passphrase-file " + file);
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (text.endsWith("\n")) {
        text = text.substring(0, text.length() - 1);
      }
      if (text.endsWith("\r")) {
        text = text.substring(0, text.length() - 1);
      }
      bytes = text.getBytes(StandardCharsets.UTF_8);
      if (bytes.length == 0) {
        throw new IOException("--passphrase-file " + file + " is empty");
      }
      return bytes;
    }
    String fromEnvironment = System.getenv("HOMEWARD_BACKUP_PASSPHRASE");
    return fromEnvironment == null || fromEnvironment.isEmpty()
        ? null
        : fromEnvironment.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Seals what is written to the stream; closing it writes the last chunk and closes {@code out}.
   */
  OutputStream seal(OutputStream out, String name) throws IOException {
    out.write(MAGIC);
    return new Sealing(new DataOutputStream(out), name);
  }

  /** Opens a sealed stream; reading fails on a wrong key or a changed, moved or cut-off chunk. */
  InputStream open(InputStream in, String name) throws IOException {
    byte[] magic = new DataInputStream(in).readNBytes(MAGIC.length);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IOException(name + " is not a sealed backup file");
    }
    return new Opening(new DataInputStream(in), name);
  }

  private byte[] additionalData(String name, long index, boolean last) {
    byte[] file = name.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(file.length + 10)
        .put(file)
        .put((byte) 0)
        .putLong(index)
        .put((byte) (last ? 1 : 0))
        .array();
  }

  private Cipher cipher(int mode, byte[] nonce, byte[] aad) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(aad);
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** Chunk: last flag (1 byte), ciphertext length (4), nonce (12), ciphertext with its tag. */
  private final class Sealing extends FilterOutputStream {
    private final DataOutputStream sink;
    private final String name;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);
    private long index;
    private boolean closed;

    Sealing(DataOutputStream sink, String name) {
      super(sink);
      this.sink = sink;
      this.name = name;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      while (length > 0) {
        if (buffer.size() == CHUNK) {
          // more follows: this chunk is not the last
          writeChunk(false);
        }
        int n = Math.min(length, CHUNK - buffer.size());
        buffer.write(bytes, offset, n);
        offset += n;
        length -= n;
      }
    }

    private void writeChunk(boolean last) throws IOException {
      byte[] nonce = new byte[NONCE_BYTES];
      RANDOM.nextBytes(nonce);
      byte[] sealed;
      try {
        sealed =
            cipher(Cipher.ENCRYPT_MODE, nonce, additionalData(name, index, last))
                .doFinal(buffer.toByteArray());
      } catch (GeneralSecurityException e) {
        throw new IOException("cannot seal " + name, e);
      }
      sink.writeByte(last ? 1 : 0);
      sink.writeInt(sealed.length);
      sink.write(nonce);
      sink.write(sealed);
      buffer.reset();
      index++;
    }

    @Override
    public void flush() {
      // chunks are written whole; the last one on close
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      writeChunk(true);
      sink.close();
    }
  }

  private final class Opening extends InputStream {
    private final DataInputStream source;
    private final String name;
    private byte[] chunk = new byte[0];
    private int position;
    private long index;
    private boolean sawLast;

    Opening(DataInputStream source, String name) {
      this.source = source;
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      while (position == chunk.length) {
        if (sawLast) {
          if (source.read() != -1) {
            throw new IOException(name + " is damaged: data after its last chunk");
          }
          return -1;
        }
        readChunk();
      }
      int n = Math.min(length, chunk.length - position);
      System.arraycopy(chunk, position, bytes, offset, n);
      position += n;
      return n;
    }

    private void readChunk() throws IOException {
      boolean last;
      byte[] nonce = new byte[NONCE_BYTES];
      byte[] sealed;
      try {
        int flag = source.readUnsignedByte();
        last = flag == 1;
        int length = source.readInt();
        if (flag > 1 || length < TAG_BITS / 8 || length > CHUNK + TAG_BITS / 8) {
          throw new IOException(name + " is damaged: chunk " + index + " is malformed");
        }
        source.readFully(nonce);
        sealed = new byte[length];
        source.readFully(sealed);
      } catch (EOFException e) {
        throw new IOException(name + " is cut off: its last chunk is missing");
      }
      try {
        chunk =
            cipher(Cipher.DECRYPT_MODE, nonce, additionalData(name, index, last)).doFinal(sealed);
      } catch (AEADBadTagException e) {
        throw new WrongPassphraseException(
            index == 0
                ? "cannot open " + name + ": wrong passphrase (or the file was changed)"
                : name + " is damaged: chunk " + index + " does not authenticate");
      } catch (GeneralSecurityException e) {
        throw new IOException("cannot open " + name, e);
      }
      position = 0;
      index++;
      sawLast = last;
    }

    @Override
    public void close() throws IOException {
      source.close();
    }
  }

  /** The passphrase does not open the backup (or the file was changed). */
  static final class WrongPassphraseException extends IOException {
    WrongPassphraseException(String message) {
      super(message);
    }
  }
}
