package org.openlicensing.core.billing;

import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;

/** The state machine of {@link SubscriptionStatus}, enforced: an illegal move is refused. */
final class Transitions {
  private Transitions() {}

  /**
   * The subscription in its new status; staying in the same status is no move and always allowed.
   */
  static Subscription.Builder move(Subscription subscription, SubscriptionStatus next) {
    SubscriptionStatus current = subscription.status();
    if (current != next && !current.canBecome(next)) {
      throw new LicensingException(
          ErrorCode.INVALID_STATE_TRANSITION,
          "a " + current + " subscription cannot become " + next);
    }
    return subscription.toBuilder().status(next);
  }

  static void requireLive(Subscription subscription) {
    if (!subscription.status().isLive()) {
      throw new LicensingException(
          ErrorCode.INVALID_STATE_TRANSITION, "the subscription has ended");
    }
  }
}
