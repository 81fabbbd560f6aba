package org.openlicensing.core.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.api.billing.SubscriptionStatus.ACTIVE;
import static org.openlicensing.api.billing.SubscriptionStatus.CANCELED;
import static org.openlicensing.api.billing.SubscriptionStatus.INCOMPLETE;
import static org.openlicensing.api.billing.SubscriptionStatus.PAST_DUE;
import static org.openlicensing.api.billing.SubscriptionStatus.TRIALING;
import static org.openlicensing.api.billing.SubscriptionStatus.UNPAID;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.billing.SubscriptionStatus;

/** The whole transition table, written out: every pair the issue allows, and no other. */
class SubscriptionStatusTransitionsTest {
  private static final Map<SubscriptionStatus, Set<SubscriptionStatus>> ALLOWED =
      Map.of(
          INCOMPLETE, EnumSet.of(TRIALING, ACTIVE, CANCELED),
          TRIALING, EnumSet.of(ACTIVE, PAST_DUE, CANCELED),
          ACTIVE, EnumSet.of(PAST_DUE, CANCELED),
          PAST_DUE, EnumSet.of(ACTIVE, UNPAID, CANCELED),
          UNPAID, EnumSet.of(ACTIVE, CANCELED),
          CANCELED, EnumSet.noneOf(SubscriptionStatus.class));

  @Test
  void everyPairIsAllowedExactlyWhenTheTableSaysSo() {
    for (SubscriptionStatus from : SubscriptionStatus.values()) {
      for (SubscriptionStatus to : SubscriptionStatus.values()) {
        assertThat(from.canBecome(to))
            .as("%s → %s", from, to)
            .isEqualTo(ALLOWED.get(from).contains(to));
      }
    }
  }

  @Test
  void onlyCanceledHasEnded() {
    assertThat(EnumSet.allOf(SubscriptionStatus.class))
        .filteredOn(s -> !s.isLive())
        .containsExactly(CANCELED);
  }
}
