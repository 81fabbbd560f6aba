package org.openlicensing.core.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Money;

class ProrationTest {
  private static final Instant START = Instant.parse("2031-03-04T00:00:00Z");
  private static final Instant END = Instant.parse("2031-04-04T00:00:00Z");

  private static long share(long amount, Duration into) {
    return Proration.remainingShare(Money.of(amount, "EUR"), START, END, START.plus(into)).amount();
  }

  @Test
  void chargesTheRemainingShareToTheSecond() {
    assertThat(share(3_100, Duration.ZERO)).isEqualTo(3_100);
    assertThat(share(3_100, Duration.ofDays(10))).isEqualTo(2_100); // 21 of 31 days
    assertThat(share(8_700, Duration.ofDays(10))).isEqualTo(5_894); // 5893.548…
    assertThat(share(3_100, Duration.ofDays(31))).isZero();
    assertThat(share(3_100, Duration.ofDays(40))).as("after the end").isZero();
    assertThat(share(3_100, Duration.ofDays(-5))).as("before the start").isEqualTo(3_100);
  }

  @Test
  void roundsHalfAwayFromZeroForCreditsToo() {
    assertThat(share(-1_800, Duration.ofDays(10))).isEqualTo(-1_219); // −1219.35…
    assertThat(share(1, Duration.ofSeconds(31L * 86_400 / 2))).isEqualTo(1); // exactly a half
  }
}
