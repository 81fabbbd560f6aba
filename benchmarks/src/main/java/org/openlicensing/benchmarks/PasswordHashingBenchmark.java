package org.openlicensing.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openlicensing.core.accounts.Argon2idPasswordHasher;
import org.openlicensing.core.accounts.PasswordContext;
import org.openlicensing.core.accounts.PasswordPolicy;
import org.openlicensing.core.support.Secrets;

/**
 * What a sign-up and a sign-in cost in CPU: one Argon2id hash at OWASP's minimum (m=19 MiB, t=2,
 * p=1), and one check against a stored hash. The policy check a sign-up runs first (length, the
 * 10,000 most common passwords, words of the e-mail and name) shows how little the rest adds. The
 * SHA-256 of a bearer secret, as refresh tokens and links are stored, is the baseline of the same
 * run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PasswordHashingBenchmark {
  private static final String PASSWORD = "correct horse battery staple";
  private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher();
  private final PasswordContext signUpContext =
      PasswordContext.of("ada.lovelace@example.com", "Ada Lovelace");
  private String stored;

  @Setup
  public void hashOnce() {
    stored = hasher.hash(PASSWORD);
  }

  @Benchmark
  public String argon2idHash() {
    return hasher.hash(PASSWORD);
  }

  @Benchmark
  public boolean argon2idVerify() {
    return hasher.verify(PASSWORD, stored);
  }

  @Benchmark
  public String passwordPolicyCheck() {
    return PasswordPolicy.problemWith(PASSWORD, signUpContext);
  }

  @Benchmark
  public String sha256OfABearerSecretBaseline() {
    return Secrets.hash("f3K9sX2mQ7vB1nL8pR4tY6wZ0aC5dE3gH7jK2mN9qS4");
  }
}
