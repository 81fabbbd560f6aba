package org.openlicensing.benchmarks.tokens;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openlicensing.benchmarks.PasswordHashingBenchmark;
import org.openlicensing.benchmarks.support.Comparison;
import org.openlicensing.benchmarks.support.Report;
import org.openlicensing.benchmarks.support.Samples;

/**
 * Runs the JMH benchmarks in rounds: in each round every token benchmark gets a fork of its own,
 * one after the other (in reverse order every other round), so that each pair is measured side by
 * side several times and compared round by round. Then the password benchmarks, once.
 */
public final class JmhSuite {
  private static final int ROUNDS = Integer.getInteger("bench.jmh.rounds", 6);
  private static final List<String> TOKEN_METHODS =
      List.of(
          "verifyTokenJdk",
          "bareVerifyJdk",
          "verifyTokenBouncyCastle",
          "bareVerifyBouncyCastle",
          "issueToken",
          "bareSignBouncyCastle",
          "bareSignJdk",
          "verifyTokenWithoutSignature");

  private final Report report;

  public JmhSuite(Report report) {
    this.report = report;
  }

  public void run() throws RunnerException {
    Map<String, List<Double>> perRound = new LinkedHashMap<>();
    TOKEN_METHODS.forEach(method -> perRound.put(method, new ArrayList<>()));
    for (int round = 1; round <= ROUNDS; round++) {
      List<String> order = new ArrayList<>(TOKEN_METHODS);
      if (round % 2 == 0) {
        java.util.Collections.reverse(order);
      }
      for (String method : order) {
        double opsPerSecond = medianScore(runFork(LicenseTokenBenchmark.class, method, null));
        perRound.get(method).add(opsPerSecond);
        Report.progress(
            "jmh round "
                + round
                + "/"
                + ROUNDS
                + ": "
                + method
                + " "
                + Comparison.format(opsPerSecond)
                + " ops/s");
      }
    }
    report.add(
        new Comparison(
            "Offline token verification (device SDK: LicenseTokenVerifier, JDK Ed25519)",
            "verify",
            "bare JDK Signature.verify",
            "ops/s",
            perRound.get("verifyTokenJdk"),
            perRound.get("bareVerifyJdk"),
            true,
            Optional.of(0.90),
            "same token bytes, same implementation"));
    double checksMicros = 1e6 / Samples.of(perRound.get("verifyTokenWithoutSignature")).median();
    double bareMicros = 1e6 / Samples.of(perRound.get("bareVerifyJdk")).median();
    report.detail(
        "Offline verification, decomposed: parsing and the header, claim, time and fingerprint"
            + " checks alone (the verifier with its signature check stubbed) take "
            + Comparison.format(checksMicros)
            + " µs per token, the bare JDK Ed25519 check "
            + Comparison.format(bareMicros)
            + " µs: adding the two, the full verification runs at "
            + Comparison.format(bareMicros / (bareMicros + checksMicros))
            + "× the bare rate, a figure far less exposed to the machine's noise than the direct"
            + " pair above.");
    report.add(
        new Comparison(
            "Token verification with the Bouncy Castle verifier factory",
            "verify",
            "bare BC Ed25519Signer.verifySignature",
            "ops/s",
            perRound.get("verifyTokenBouncyCastle"),
            perRound.get("bareVerifyBouncyCastle"),
            true,
            Optional.empty(),
            "what parsing costs next to a fast signature"));
    report.add(
        new Comparison(
            "Token issuance on activation (LicenseTokenIssuer, BC Ed25519)",
            "issue",
            "bare BC Ed25519 sign",
            "ops/s",
            perRound.get("issueToken"),
            perRound.get("bareSignBouncyCastle"),
            true,
            Optional.empty(),
            "claims + JSON + base64url + signature"));
    report.add(
        new Comparison(
            "Ed25519 implementations, sign: Bouncy Castle vs JDK 17",
            "BC",
            "JDK",
            "ops/s",
            perRound.get("bareSignBouncyCastle"),
            perRound.get("bareSignJdk"),
            true,
            Optional.empty(),
            "the faster one signs on the server"));
    report.add(
        new Comparison(
            "Ed25519 implementations, verify: Bouncy Castle vs JDK 17",
            "BC",
            "JDK",
            "ops/s",
            perRound.get("bareVerifyBouncyCastle"),
            perRound.get("bareVerifyJdk"),
            true,
            Optional.empty(),
            "devices use the JDK's to stay small"));
    passwords();
  }

  private void passwords() throws RunnerException {
    StringBuilder table =
        new StringBuilder(
            "Password hashing (JMH, average time per operation, one fork):\n\n"
                + "| benchmark | time per op | ± 99.9% error |\n|---|---|---|\n");
    for (String method :
        List.of(
            "argon2idHash",
            "argon2idVerify",
            "passwordPolicyCheck",
            "sha256OfABearerSecretBaseline")) {
      Collection<RunResult> results = runFork(PasswordHashingBenchmark.class, method, 2);
      for (RunResult result : results) {
        Result<?> primary = result.getPrimaryResult();
        table
            .append("| ")
            .append(method)
            .append(" | ")
            .append(Comparison.format(primary.getScore()))
            .append(' ')
            .append(primary.getScoreUnit())
            .append(" | ")
            .append(
                Double.isNaN(primary.getScoreError())
                    ? "—"
                    : Comparison.format(primary.getScoreError()))
            .append(" |\n");
        Report.progress(
            "jmh "
                + method
                + " "
                + Comparison.format(primary.getScore())
                + " "
                + primary.getScoreUnit());
      }
    }
    report.detail(table.toString());
  }

  private static Collection<RunResult> runFork(Class<?> benchmark, String method, Integer seconds)
      throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include("^" + Pattern.quote(benchmark.getName() + "." + method) + "$")
            .forks(1)
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT);
    if (seconds != null) {
      options
          .warmupIterations(2)
          .warmupTime(TimeValue.seconds(seconds))
          .measurementIterations(3)
          .measurementTime(TimeValue.seconds(seconds));
    }
    Collection<RunResult> results = new Runner(options.build()).run();
    if (results.isEmpty()) {
      throw new IllegalStateException(
          "JMH found no benchmark " + benchmark.getName() + "." + method);
    }
    return results;
  }

  /** The median of the fork's measurement iterations. */
  private static double medianScore(Collection<RunResult> results) {
    List<Double> scores = new ArrayList<>();
    for (RunResult result : results) {
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          scores.add(iteration.getPrimaryResult().getScore());
        }
      }
    }
    return Samples.of(scores).median();
  }
}
