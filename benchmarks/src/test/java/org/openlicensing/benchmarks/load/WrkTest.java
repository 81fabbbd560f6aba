package org.openlicensing.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrkTest {
  private static final String OUTPUT =
      """
      Running 10s test @ http://127.0.0.1:40123
        2 threads and 16 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency     3.01ms    4.12ms  87.30ms   91.20%
          Req/Sec     2.32k   310.00     3.01k    70.00%
        Latency Distribution
           50%    2.96ms
           75%    3.80ms
           90%    5.10ms
           99%   87.30ms
        48168 requests in 10.05s, 21.04MB read
        Non-2xx or 3xx responses: 12
        Socket errors: connect 0, read 1, write 0, timeout 2
      Requests/sec:   4793.04
      Transfer/sec:      2.09MB
      """;

  @Test
  void readsTheRateTheCountsAndThePercentiles() {
    Wrk.Result result = Wrk.parse(OUTPUT);

    assertThat(result.requestsPerSecond()).isEqualTo(4793.04);
    assertThat(result.requests()).isEqualTo(48168);
    assertThat(result.non2xx()).isEqualTo(12);
    assertThat(result.successes()).isEqualTo(48156);
    assertThat(result.socketErrors()).isEqualTo(3);
    assertThat(result.p50Millis()).isEqualTo(2.96);
    assertThat(result.p99Millis()).isEqualTo(87.30);
  }

  @Test
  void microsecondsAreConvertedAndMissingErrorLinesMeanNone() {
    Wrk.Result result =
        Wrk.parse(
            """
              Latency Distribution
                 50%  376.00us
                 99%    1.20s
              106630 requests in 3.10s, 40.00MB read
            Requests/sec:  34426.00
            """);

    assertThat(result.p50Millis()).isEqualTo(0.376);
    assertThat(result.p99Millis()).isEqualTo(1200.0);
    assertThat(result.non2xx()).isZero();
    assertThat(result.socketErrors()).isZero();
  }
}
