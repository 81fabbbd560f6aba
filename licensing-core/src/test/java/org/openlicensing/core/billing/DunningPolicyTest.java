package org.openlicensing.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.billing.SubscriptionStatus;

class DunningPolicyTest {
  private static final Instant FAILED = Instant.parse("2031-04-04T05:06:07Z");

  @Test
  void retriesOnDaysOneThreeAndFiveThenStops() {
    DunningPolicy policy = DunningPolicy.DEFAULT;

    assertThat(policy.nextAttempt(FAILED, 1)).contains(FAILED.plus(Duration.ofDays(1)));
    assertThat(policy.nextAttempt(FAILED, 2)).contains(FAILED.plus(Duration.ofDays(3)));
    assertThat(policy.nextAttempt(FAILED, 3)).contains(FAILED.plus(Duration.ofDays(5)));
    assertThat(policy.nextAttempt(FAILED, 4)).isEmpty();
    assertThat(policy.finalStatus()).isEqualTo(SubscriptionStatus.UNPAID);
  }

  @Test
  void refusesOffsetsThatDoNotIncreaseAndFinalStatesThatAreNotEnds() {
    assertThatThrownBy(
            () ->
                new DunningPolicy(
                    List.of(Duration.ofDays(3), Duration.ofDays(1)), SubscriptionStatus.UNPAID))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DunningPolicy(List.of(), SubscriptionStatus.PAST_DUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new DunningPolicy(List.of(), SubscriptionStatus.CANCELED).nextAttempt(FAILED, 1))
        .as("no retries: the first failure is the last")
        .isEmpty();
  }
}
