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
 *
 * <p>A fork's figure is its best measurement iteration, not their mean: other processes on a shared
 * machine can only slow an iteration down, never speed it up, so the best of six half-second
 * iterations is the figure least disturbed by them, for both sides of a pair alike.
 */
public final class JmhSuite {
  private static final int ROUNDS = Integer.getInteger("bench.jmh.rounds", 5);
  private static final List<String> TOKEN_METHODS =
      List.of(
          "verifyTokenJdk",
          "bareVerifyJdk",
          "verifyTokenBouncyCastle",
          "bareVerifyBouncyCastle",
          "issueToken",
          "bareSignBouncyCastle",
          "bareSignJdk",
          "verifyTokenWithoutSignature",
          "issueAndVerifyTokenJdk",
          "issueAndVerifyLicense3j",
          "issueAndVerifyTokenBouncyCastle",
          "verifyAccessToken",
          "bareVerifyRs256Jdk");

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
        double opsPerSecond = bestScore(runFork(LicenseTokenBenchmark.class, method, null));
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
    report.add(
        new Comparison(
            "Issue + verify one license token vs License3j 3.2.0 (server signs with BC Ed25519,"
                + " device checks with its default JDK Ed25519)",
            "OpenLicensing",
            "License3j RSA-2048/SHA-512",
            "ops/s",
            perRound.get("issueAndVerifyTokenJdk"),
            perRound.get("issueAndVerifyLicense3j"),
            true,
            Optional.of(5.0),
            "same content; License3j in its binary format"));
    report.add(
        new Comparison(
            "Issue + verify one license token vs License3j 3.2.0 (device checks with the Bouncy"
                + " Castle verifier factory)",
            "OpenLicensing",
            "License3j RSA-2048/SHA-512",
            "ops/s",
            perRound.get("issueAndVerifyTokenBouncyCastle"),
            perRound.get("issueAndVerifyLicense3j"),
            true,
            Optional.of(5.0),
            "as above"));
    report.add(
        new Comparison(
            "Access token check on every API request (AccessTokens.verify, RS256, JDK)",
            "verify",
            "bare JDK SHA256withRSA verify",
            "ops/s",
            perRound.get("verifyAccessToken"),
            perRound.get("bareVerifyRs256Jdk"),
            true,
            Optional.empty(),
            "parsing, header, claims"));
    report.add(
        new Comparison(
            "Signature checks on the server: RS256 (JDK) vs Ed25519 (Bouncy Castle)",
            "RS256 JDK",
            "Ed25519 BC",
            "ops/s",
            perRound.get("bareVerifyRs256Jdk"),
            perRound.get("bareVerifyBouncyCastle"),
            true,
            Optional.empty(),
            "what access tokens could be checked with"));
    report.detail(fastest(perRound));
    passwords();
  }

  /** Names the fastest implementation measured for each kind of token work the server does. */
  static String fastest(Map<String, List<Double>> perRound) {
    Map<String, String> signers =
        Map.of("bareSignBouncyCastle", "Ed25519, Bouncy Castle", "bareSignJdk", "Ed25519, JDK 17");
    Map<String, String> verifiers =
        Map.of(
            "bareVerifyRs256Jdk", "RS256, JDK 17",
            "bareVerifyBouncyCastle", "Ed25519, Bouncy Castle",
            "bareVerifyJdk", "Ed25519, JDK 17");
    return "Fastest implementation measured in this run: signing "
        + fastestOf(perRound, signers)
        + " (license tokens on activation are signed with Ed25519 through Bouncy Castle);"
        + " checking "
        + fastestOf(perRound, verifiers)
        + " (access tokens are RS256, checked through the JDK; license tokens on devices through"
        + " the JDK's Ed25519 unless the verifier is built with the Bouncy Castle factory).";
  }

  private static String fastestOf(Map<String, List<Double>> perRound, Map<String, String> names) {
    return names.entrySet().stream()
        .sorted(
            java.util.Comparator.comparingDouble(
                (Map.Entry<String, String> e) -> -Samples.of(perRound.get(e.getKey())).median()))
        .map(
            e ->
                e.getValue()
                    + " "
                    + Comparison.format(Samples.of(perRound.get(e.getKey())).median())
                    + " ops/s")
        .collect(java.util.stream.Collectors.joining(" > "));
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

  /** The best of the fork's measurement iterations (see the class comment). */
  private static double bestScore(Collection<RunResult> results) {
    List<Double> scores = new ArrayList<>();
    for (RunResult result : results) {
      for (BenchmarkResult fork : result.getBenchmarkResults()) {
        for (IterationResult iteration : fork.getIterationResults()) {
          scores.add(iteration.getPrimaryResult().getScore());
        }
      }
    }
    return Samples.of(scores).max();
  }
}
