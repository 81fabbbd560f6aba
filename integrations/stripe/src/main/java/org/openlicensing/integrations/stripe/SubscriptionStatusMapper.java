package org.openlicensing.integrations.stripe;

import org.openlicensing.api.billing.SubscriptionStatus;

/** Stripe's subscription statuses in the library's terms. */
final class SubscriptionStatusMapper {
  private SubscriptionStatusMapper() {}

  static SubscriptionStatus map(String stripeStatus) {
    return switch (stripeStatus) {
      case "incomplete" -> SubscriptionStatus.INCOMPLETE;
      // The first payment was never made within 23 hours: the subscription is over.
      case "incomplete_expired", "canceled" -> SubscriptionStatus.CANCELED;
      case "trialing" -> SubscriptionStatus.TRIALING;
      case "active" -> SubscriptionStatus.ACTIVE;
      case "past_due" -> SubscriptionStatus.PAST_DUE;
      case "unpaid" -> SubscriptionStatus.UNPAID;
      // A trial ended without a payment method: not paid for, so treated like an overdue one.
      case "paused" -> SubscriptionStatus.PAST_DUE;
      default ->
          throw new IllegalArgumentException("unknown Stripe subscription status: " + stripeStatus);
    };
  }
}
