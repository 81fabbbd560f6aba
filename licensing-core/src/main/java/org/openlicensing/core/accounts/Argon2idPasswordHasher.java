package org.openlicensing.core.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id (RFC 9106) with Bouncy Castle, stored as a PHC string such as {@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}. The defaults are OWASP's minimum: 19 MiB, two passes,
 * one lane.
 *
 * <p>Each hash holds {@code memoryKiB} of heap for about a tenth of a second, so the number of
 * hashes computed at once is capped: a burst of sign-ins queues instead of exhausting the heap.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {

  /** OWASP's minimum for Argon2id: m=19 MiB, t=2, p=1. */
  public static final Parameters OWASP_MINIMUM = new Parameters(19 * 1024, 2, 1);

  private static final Pattern PHC =
      Pattern.compile(
          "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final int SALT_BYTES = 16;
  private static final int HASH_BYTES = 32;
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

  private final Parameters parameters;
  private final Semaphore concurrentHashes;
  private final SecureRandom random = new SecureRandom();

  /** Argon2id work factors: memory in KiB, passes, lanes. */
  public record Parameters(int memoryKiB, int iterations, int parallelism) {
    public Parameters {
      if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) {
        throw new IllegalArgumentException("invalid Argon2 parameters");
      }
    }

    boolean weakerThan(Parameters other) {
      return memoryKiB < other.memoryKiB
          || iterations < other.iterations
          || parallelism < other.parallelism;
    }
  }

  public Argon2idPasswordHasher() {
    this(OWASP_MINIMUM, Runtime.getRuntime().availableProcessors());
  }

  public Argon2idPasswordHasher(Parameters parameters, int maxConcurrentHashes) {
    this.parameters = parameters;
    this.concurrentHashes = new Semaphore(maxConcurrentHashes, true);
  }

  @Override
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = compute(password, salt, parameters, HASH_BYTES);
    return String.format(
        "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s",
        parameters.memoryKiB(),
        parameters.iterations(),
        parameters.parallelism(),
        B64.encodeToString(salt),
        B64.encodeToString(hash));
  }

  @Override
  public boolean verify(String password, String phc) {
    Matcher m = phc == null ? null : PHC.matcher(phc);
    if (m == null || !m.matches()) {
      return false;
    }
    Parameters stored =
        new Parameters(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    byte[] salt = B64_DECODER.decode(m.group(4));
    byte[] expected = B64_DECODER.decode(m.group(5));
    byte[] actual = compute(password, salt, stored, expected.length);
    return MessageDigest.isEqual(expected, actual);
  }

  @Override
  public boolean needsRehash(String phc) {
    Matcher m = phc == null ? null : PHC.matcher(phc);
    if (m == null || !m.matches()) {
      return true;
    }
    Parameters stored =
        new Parameters(
            Integer.parseInt(m.group(1)),
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)));
    return stored.weakerThan(parameters);
  }

  private byte[] compute(String password, byte[] salt, Parameters p, int length) {
    Argon2Parameters params =
        new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(p.memoryKiB())
            .withIterations(p.iterations())
            .withParallelism(p.parallelism())
            .withSalt(salt)
            .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(params);
    byte[] out = new byte[length];
    concurrentHashes.acquireUninterruptibly();
    try {
      generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
    } finally {
      concurrentHashes.release();
    }
    return out;
  }
}
