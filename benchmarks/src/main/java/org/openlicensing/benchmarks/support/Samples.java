package org.openlicensing.benchmarks.support;

import java.util.Arrays;
import java.util.List;

/** Order statistics of a handful of measurements: the median and the spread (min to max). */
public record Samples(double[] sorted) {

  public static Samples of(List<Double> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no samples");
    }
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return new Samples(sorted);
  }

  public static Samples of(long[] values) {
    double[] sorted = Arrays.stream(values).asDoubleStream().toArray();
    Arrays.sort(sorted);
    return new Samples(sorted);
  }

  public double median() {
    return percentile(50);
  }

  public double min() {
    return sorted[0];
  }

  public double max() {
    return sorted[sorted.length - 1];
  }

  public int count() {
    return sorted.length;
  }

  /**
   * The nearest-rank percentile: the smallest value with at least p% of the samples at or below.
   */
  public double percentile(double p) {
    if (p == 50 && sorted.length % 2 == 0) {
      int upper = sorted.length / 2;
      return (sorted[upper - 1] + sorted[upper]) / 2;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
