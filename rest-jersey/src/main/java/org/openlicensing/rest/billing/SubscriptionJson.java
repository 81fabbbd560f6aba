package org.openlicensing.rest.billing;

import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.rest.catalog.MoneyJson;

/** A subscription as its organization's billing managers see it. */
public record SubscriptionJson(
    UUID id,
    UUID organizationId,
    String status,
    String plan,
    int seats,
    String billingPeriod,
    MoneyJson pricePerSeat,
    MoneyJson periodTotal,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    Instant createdAt,
    boolean cancelAtPeriodEnd,
    Instant canceledAt) {

  static SubscriptionJson of(Subscription s) {
    return new SubscriptionJson(
        s.id(),
        s.organizationId(),
        s.status().name(),
        s.plan(),
        s.seats(),
        s.period().name(),
        MoneyJson.of(s.pricePerSeat()),
        MoneyJson.of(s.periodTotal()),
        s.currentPeriodStart(),
        s.currentPeriodEnd(),
        s.createdAt(),
        s.cancelAtPeriodEnd(),
        s.canceledAt().orElse(null));
  }
}
