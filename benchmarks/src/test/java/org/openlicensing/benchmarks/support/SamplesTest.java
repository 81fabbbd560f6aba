package org.openlicensing.benchmarks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SamplesTest {

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(Samples.of(List.of(4.0, 1.0, 3.0, 2.0)).median()).isEqualTo(2.5);
    assertThat(Samples.of(List.of(5.0, 1.0, 3.0)).median()).isEqualTo(3.0);
  }

  @Test
  void percentilesTakeTheNearestRank() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i;
    }
    Samples samples = Samples.of(values);

    assertThat(samples.percentile(99)).isEqualTo(99.0);
    assertThat(samples.percentile(100)).isEqualTo(100.0);
    assertThat(samples.min()).isEqualTo(1.0);
    assertThat(samples.max()).isEqualTo(100.0);
  }

  @Test
  void ratiosArePairedRoundByRoundAndJudgedByTheirMedian() {
    Comparison rates =
        new Comparison(
            "rate",
            "a",
            "b",
            "ops/s",
            List.of(90.0, 50.0, 95.0),
            List.of(100.0, 40.0, 100.0),
            true,
            Optional.of(0.9),
            "");

    assertThat(rates.ratios().median()).isEqualTo(0.95);
    assertThat(rates.ratios().max()).isEqualTo(1.25);
    assertThat(rates.goalMet()).contains(true);

    Comparison latencies =
        new Comparison(
            "latency", "a", "b", "ms", List.of(1.3), List.of(1.0), false, Optional.of(1.2), "");
    assertThat(latencies.goalMet()).contains(false);
  }
}
