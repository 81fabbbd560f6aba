package org.openlicensing.integrations.stripe;

import com.stripe.model.Price;
import com.stripe.model.Subscription;
import com.stripe.model.SubscriptionItem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openlicensing.core.billing.provider.ProviderException;
import org.openlicensing.core.billing.provider.ProviderSubscription;

/**
 * A Stripe subscription as the port's {@link ProviderSubscription}. Since API version 2025-03-31
 * (basil) the current period lives on each subscription item, not on the subscription; ours have
 * exactly one item, whose quantity is the number of seats.
 */
final class SubscriptionMapper {
  private SubscriptionMapper() {}

  static ProviderSubscription map(Subscription subscription) {
    SubscriptionItem item = onlyItem(subscription);
    return new ProviderSubscription(
        subscription.getId(),
        subscription.getCustomer(),
        SubscriptionStatusMapper.map(subscription.getStatus()),
        Math.toIntExact(item.getQuantity() == null ? 0 : item.getQuantity()),
        Optional.ofNullable(item.getPrice()).map(Price::getLookupKey),
        StripeTimes.instant(item.getCurrentPeriodStart()),
        StripeTimes.instant(item.getCurrentPeriodEnd()),
        StripeTimes.optional(subscription.getTrialEnd()),
        Boolean.TRUE.equals(subscription.getCancelAtPeriodEnd()),
        StripeTimes.optional(subscription.getCanceledAt()),
        StripeTimes.optional(subscription.getEndedAt()),
        Optional.ofNullable(subscription.getLatestInvoice()),
        subscription.getMetadata() == null ? Map.of() : subscription.getMetadata());
  }

  /** The single item this library creates; another shape was made outside it. */
  static SubscriptionItem onlyItem(Subscription subscription) {
    List<SubscriptionItem> items =
        subscription.getItems() == null ? List.of() : subscription.getItems().getData();
    if (items == null || items.size() != 1) {
      throw new ProviderException(
          ProviderException.Kind.INVALID_REQUEST,
          "Stripe subscription "
              + subscription.getId()
              + " has "
              + (items == null ? 0 : items.size())
              + " items; the library manages subscriptions of exactly one",
          null,
          "items",
          null);
    }
    return items.get(0);
  }
}
