package org.openlicensing.core.billing.provider;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.openlicensing.api.billing.SubscriptionStatus;

/**
 * A subscription as the provider holds it now, mapped to the library's terms.
 *
 * @param status Stripe's statuses mapped one to one; {@code incomplete_expired} is CANCELED, {@code
 *     paused} is PAST_DUE
 * @param priceLookupKey the lookup key of the item's price, if it has one
 * @param metadata as given when it was created
 */
public record ProviderSubscription(
    String id,
    String customerId,
    SubscriptionStatus status,
    int seats,
    Optional<String> priceLookupKey,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    Optional<Instant> trialEnd,
    boolean cancelAtPeriodEnd,
    Optional<Instant> canceledAt,
    Optional<Instant> endedAt,
    Optional<String> latestInvoiceId,
    Map<String, String> metadata) {
  public ProviderSubscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(status, "status");
    priceLookupKey = priceLookupKey == null ? Optional.empty() : priceLookupKey;
    Objects.requireNonNull(currentPeriodStart, "currentPeriodStart");
    Objects.requireNonNull(currentPeriodEnd, "currentPeriodEnd");
    trialEnd = trialEnd == null ? Optional.empty() : trialEnd;
    canceledAt = canceledAt == null ? Optional.empty() : canceledAt;
    endedAt = endedAt == null ? Optional.empty() : endedAt;
    latestInvoiceId = latestInvoiceId == null ? Optional.empty() : latestInvoiceId;
    metadata = Map.copyOf(metadata);
  }
}
