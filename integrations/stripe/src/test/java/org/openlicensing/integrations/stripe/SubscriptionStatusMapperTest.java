package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.api.billing.SubscriptionStatus;

class SubscriptionStatusMapperTest {
  @ParameterizedTest
  @CsvSource({
    "incomplete, INCOMPLETE",
    "incomplete_expired, CANCELED",
    "trialing, TRIALING",
    "active, ACTIVE",
    "past_due, PAST_DUE",
    "unpaid, UNPAID",
    "canceled, CANCELED",
    "paused, PAST_DUE"
  })
  void mapsEveryStripeStatus(String stripe, SubscriptionStatus expected) {
    assertThat(SubscriptionStatusMapper.map(stripe)).isEqualTo(expected);
  }

  @Test
  void refusesAStatusItDoesNotKnow() {
    assertThatThrownBy(() -> SubscriptionStatusMapper.map("dormant"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dormant");
  }
}
