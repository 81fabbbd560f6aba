package org.openlicensing.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openlicensing.benchmarks.generation.GenerationSuite;
import org.openlicensing.benchmarks.load.LoadSuite;
import org.openlicensing.benchmarks.scale.ScaleSuite;
import org.openlicensing.benchmarks.support.Environment;
import org.openlicensing.benchmarks.support.Report;
import org.openlicensing.benchmarks.tokens.JmhSuite;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar [suite ...]} runs the named suites, or all of
 * them, and prints every figure with its ratio to the baseline measured in the same run; the
 * summary is also written to {@code benchmarks/target/results/}. {@code benchmarks/run} builds the
 * jar, checks wrk and PostgreSQL, then calls this.
 */
public final class Main {
  private static final List<String> ALL = List.of("jmh", "load", "generation", "scale");

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh-raw")) {
      // JMH's own command line, for one-off runs: jmh-raw -l, jmh-raw LicenseToken -f 1 ...
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    List<String> suites = new ArrayList<>(args.length == 0 ? List.of("all") : List.of(args));
    if (suites.remove("all")) {
      suites.addAll(ALL);
    }
    for (String suite : suites) {
      if (!ALL.contains(suite) && !suite.equals("scale-setup")) {
        System.err.println(
            "usage: benchmarks.jar [all | jmh | load | generation | scale | scale-setup | jmh-raw <JMH options>] ...");
        System.exit(2);
      }
    }
    Path target = Path.of(System.getProperty("bench.target", "benchmarks/target"));
    Path work = target.resolve("bench-work");
    Environment.start();
    Report report = new Report();
    long started = System.nanoTime();
    int failed = 0;
    for (String suite : suites) {
      long suiteStarted = System.nanoTime();
      Report.progress("suite " + suite + " starts");
      try {
        switch (suite) {
          case "jmh" -> new JmhSuite(report).run();
          case "load" -> new LoadSuite(report, work.resolve("load")).run();
          case "generation" -> new GenerationSuite(report, work).run();
          case "scale-setup" -> ScaleSuite.setUp(true);
          case "scale" -> new ScaleSuite(report).run();
          default -> throw new IllegalStateException(suite);
        }
      } catch (Exception | Error e) {
        // One suite failing leaves the others' figures worth having.
        failed++;
        e.printStackTrace();
        report.detail("**Suite " + suite + " FAILED**: " + e);
      }
      Report.progress(
          "suite "
              + suite
              + " done in "
              + (System.nanoTime() - suiteStarted) / 1_000_000_000
              + " s");
    }
    report.detail(
        "Suites "
            + String.join(", ", suites)
            + " took "
            + (System.nanoTime() - started) / 1_000_000_000
            + " s in all.");
    report.finish(target.resolve("results"));
    // Pools and JMH leave non-daemon threads behind.
    System.exit(failed == 0 ? 0 : 1);
  }
}
