package org.openlicensing.benchmarks.support;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One measured figure against its baseline of the same run. Each round measured both, one right
 * after the other; the ratio is taken per round (so that a slow moment of the shared machine hits
 * both sides of it), then summarized by its median and its spread over the rounds.
 *
 * @param higherIsBetter whether the figures are rates (ratio = measured / baseline) or times (ratio
 *     = measured / baseline too, but then a goal is a maximum)
 */
public record Comparison(
    String name,
    String measuredLabel,
    String baselineLabel,
    String unit,
    List<Double> measured,
    List<Double> baseline,
    boolean higherIsBetter,
    Optional<Double> goal,
    String note) {

  public Comparison {
    if (measured.size() != baseline.size() || measured.isEmpty()) {
      throw new IllegalArgumentException("one measured and one baseline figure per round");
    }
    measured = List.copyOf(measured);
    baseline = List.copyOf(baseline);
  }

  public Samples measuredSamples() {
    return Samples.of(measured);
  }

  public Samples baselineSamples() {
    return Samples.of(baseline);
  }

  /** measured / baseline, per round. */
  public Samples ratios() {
    return Samples.of(
        java.util.stream.IntStream.range(0, measured.size())
            .mapToObj(i -> measured.get(i) / baseline.get(i))
            .toList());
  }

  /** Whether the median ratio meets the goal, if there is one. */
  public Optional<Boolean> goalMet() {
    double ratio = ratios().median();
    return goal.map(g -> higherIsBetter ? ratio >= g : ratio <= g);
  }

  public String goalText() {
    return goal.map(g -> (higherIsBetter ? "≥ " : "≤ ") + format(g) + "×").orElse("—");
  }

  public String verdict() {
    return goalMet().map(met -> met ? "met" : "MISSED").orElse("(no goal)");
  }

  public static String format(double value) {
    double abs = Math.abs(value);
    if (abs >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (abs >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (abs >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  public static String spread(Samples samples) {
    return format(samples.median())
        + " ["
        + format(samples.min())
        + "–"
        + format(samples.max())
        + "]";
  }
}
