package org.openlicensing.benchmarks.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run found, printed as it goes and gathered at the end into one Markdown summary (also
 * written to {@code benchmarks/target/results/}): a table of figures with their same-run baselines,
 * then the details each suite added (plans, percentiles, notes).
 */
public final class Report {
  private final List<Comparison> comparisons = new ArrayList<>();
  private final List<String> details = new ArrayList<>();

  public synchronized void add(Comparison comparison) {
    comparisons.add(comparison);
    System.out.println();
    System.out.println(header());
    System.out.println(row(comparison));
    System.out.println();
  }

  /** A line (or block) of Markdown for the summary, printed now as well. */
  public synchronized void detail(String markdown) {
    details.add(markdown);
    System.out.println(markdown);
  }

  public static void progress(String line) {
    System.out.println(
        "[bench "
            + DateTimeFormatter.ISO_LOCAL_TIME.format(
                Instant.now().atOffset(ZoneOffset.UTC).toLocalTime().withNano(0))
            + "] "
            + line);
  }

  private static String header() {
    return "| figure | measured | baseline (same run) | unit | ratio, median [min–max] | rounds |"
        + " goal | |\n|---|---|---|---|---|---|---|---|";
  }

  private static String row(Comparison c) {
    return "| "
        + c.name()
        + " | "
        + c.measuredLabel()
        + ": "
        + Comparison.spread(c.measuredSamples())
        + " | "
        + c.baselineLabel()
        + ": "
        + Comparison.spread(c.baselineSamples())
        + " | "
        + c.unit()
        + " | **"
        + Comparison.format(c.ratios().median())
        + "×** ["
        + Comparison.format(c.ratios().min())
        + "–"
        + Comparison.format(c.ratios().max())
        + "] | "
        + c.ratios().count()
        + " | "
        + c.goalText()
        + " | "
        + c.verdict()
        + (c.note().isEmpty() ? "" : " — " + c.note())
        + " |";
  }

  public synchronized String summary() {
    StringBuilder text = new StringBuilder();
    text.append("# OpenLicensing benchmarks, ")
        .append(Instant.now().atOffset(ZoneOffset.UTC).withNano(0))
        .append("\n\n")
        .append(Environment.describe())
        .append("\n\n");
    if (!comparisons.isEmpty()) {
      text.append(header()).append('\n');
      comparisons.forEach(c -> text.append(row(c)).append('\n'));
      text.append('\n');
    }
    details.forEach(d -> text.append(d).append("\n\n"));
    return text.toString();
  }

  /** Prints the summary and writes it under {@code directory}; returns the file. */
  public Path finish(Path directory) {
    String summary = summary();
    System.out.println();
    System.out.println("================================ summary ================================");
    System.out.println(summary);
    try {
      Files.createDirectories(directory);
      Path file =
          directory.resolve(
              "benchmarks-"
                  + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                      .format(Instant.now().atOffset(ZoneOffset.UTC))
                  + ".md");
      Files.writeString(file, summary);
      System.out.println("Written to " + file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
