package org.openlicensing.api.billing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;

/** An organization's subscription to a plan for a number of seats. */
public record Subscription(
    UUID id,
    UUID organizationId,
    String plan,
    int seats,
    BillingPeriod period,
    Money pricePerSeat,
    SubscriptionStatus status,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    Instant createdAt) {

  public Subscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(plan, "plan");
    if (seats < 1) {
      throw new IllegalArgumentException("seats must be at least 1: " + seats);
    }
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(pricePerSeat, "pricePerSeat");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currentPeriodStart, "currentPeriodStart");
    Objects.requireNonNull(currentPeriodEnd, "currentPeriodEnd");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** What one period of the subscription costs. */
  public Money periodTotal() {
    return pricePerSeat.times(seats);
  }
}
