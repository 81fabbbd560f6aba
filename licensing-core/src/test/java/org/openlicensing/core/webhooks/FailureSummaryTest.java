package org.openlicensing.core.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class FailureSummaryTest {

  @Test
  void namesTheTypeAndMessageAndTheRootCause() {
    RuntimeException failure =
        new IllegalStateException(
            "invoice not applied",
            new UncheckedIOException("fetch failed", new IOException("connection reset")));

    assertThat(FailureSummary.of(failure))
        .isEqualTo(
            "IllegalStateException: invoice not applied (caused by IOException: connection reset)");
  }

  @Test
  void aFailureWithoutAMessageIsNamedByItsType() {
    assertThat(FailureSummary.of(new NullPointerException())).isEqualTo("NullPointerException");
  }

  @Test
  void isOneLineOfAtMostAThousandCharacters() {
    String summary =
        FailureSummary.of(new IllegalArgumentException("a\nb\r\n\tc " + "x".repeat(4000)));

    assertThat(summary)
        .hasSize(FailureSummary.MAX_LENGTH)
        .startsWith("IllegalArgumentException: a b c ");
    assertThat(summary).doesNotContain("\n", "\r", "\t").endsWith("…");
  }
}
