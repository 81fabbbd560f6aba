package org.openlicensing.core.billing;

import java.time.Instant;
import java.util.Optional;
import org.openlicensing.api.billing.Dunning;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;

/** How a subscription ends at once, for a customer or for support. */
final class SubscriptionEnding {
  private SubscriptionEnding() {}

  static Subscription endNow(Subscription subscription, Instant now) {
    Transitions.requireLive(subscription);
    return Transitions.move(subscription, SubscriptionStatus.CANCELED)
        .canceledAt(Optional.of(subscription.canceledAt().orElse(now)))
        .endedAt(Optional.of(now))
        .scheduledChange(Optional.empty())
        .dunning(Dunning.NONE)
        .build();
  }
}
