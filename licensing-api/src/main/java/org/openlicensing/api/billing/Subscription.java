package org.openlicensing.api.billing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;

/**
 * An organization's subscription to a plan for a number of seats.
 *
 * @param cancelAtPeriodEnd whether it was canceled and ends with its current period, as Stripe's
 *     {@code cancel_at_period_end}
 * @param canceledAt when it was canceled
 */
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
    Instant createdAt,
    boolean cancelAtPeriodEnd,
    Optional<Instant> canceledAt) {

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
    canceledAt = canceledAt == null ? Optional.empty() : canceledAt;
  }

  /** A subscription that has not been canceled. */
  public Subscription(
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
    this(
        id,
        organizationId,
        plan,
        seats,
        period,
        pricePerSeat,
        status,
        currentPeriodStart,
        currentPeriodEnd,
        createdAt,
        false,
        Optional.empty());
  }

  /** The subscription canceled at the given instant, to end with its current period. */
  public Subscription canceledAt(Instant at) {
    return new Subscription(
        id,
        organizationId,
        plan,
        seats,
        period,
        pricePerSeat,
        status,
        currentPeriodStart,
        currentPeriodEnd,
        createdAt,
        true,
        Optional.of(at));
  }

  /** Whether it can still be canceled: it has not ended, nor been canceled before. */
  public boolean isCancelable() {
    return status != SubscriptionStatus.CANCELED && !cancelAtPeriodEnd;
  }

  /** What one period of the subscription costs. */
  public Money periodTotal() {
    return pricePerSeat.times(seats);
  }
}
