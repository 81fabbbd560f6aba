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
 * @param pricePerSeat the price it pays, kept from the catalog version it was bought or last
 *     renewed at: a price change of the catalog reaches it at its next renewal
 * @param priceVersion the catalog's version of the plan's prices that {@code pricePerSeat} is from
 * @param trialEnd when its trial ends (or ended), if it had one
 * @param cancelAtPeriodEnd whether it was canceled and ends with its current period, as Stripe's
 *     {@code cancel_at_period_end}
 * @param canceledAt when it was canceled
 * @param endedAt when it ended (status CANCELED)
 * @param scheduledChange fewer seats or a cheaper plan, from the end of the current period
 * @param paymentMethod the payment method renewals are charged to
 * @param dunning where the collection of a failed payment stands
 * @param providerSubscriptionId the payment service's id of the subscription it mirrors, such as
 *     Stripe's {@code sub_...}; empty for subscriptions of the built-in billing, which the library
 *     renews and charges itself
 */
public record Subscription(
    UUID id,
    UUID organizationId,
    String plan,
    int seats,
    BillingPeriod period,
    Money pricePerSeat,
    int priceVersion,
    SubscriptionStatus status,
    Instant currentPeriodStart,
    Instant currentPeriodEnd,
    Optional<Instant> trialEnd,
    Instant createdAt,
    boolean cancelAtPeriodEnd,
    Optional<Instant> canceledAt,
    Optional<Instant> endedAt,
    Optional<ScheduledChange> scheduledChange,
    Optional<String> paymentMethod,
    Dunning dunning,
    Optional<String> providerSubscriptionId) {
  public Subscription {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(plan, "plan");
    if (seats < 1) {
      throw new IllegalArgumentException("seats must be at least 1: " + seats);
    }
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(pricePerSeat, "pricePerSeat");
    if (priceVersion < 1) {
      throw new IllegalArgumentException("priceVersion starts at 1: " + priceVersion);
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(currentPeriodStart, "currentPeriodStart");
    Objects.requireNonNull(currentPeriodEnd, "currentPeriodEnd");
    trialEnd = trialEnd == null ? Optional.empty() : trialEnd;
    Objects.requireNonNull(createdAt, "createdAt");
    canceledAt = canceledAt == null ? Optional.empty() : canceledAt;
    endedAt = endedAt == null ? Optional.empty() : endedAt;
    scheduledChange = scheduledChange == null ? Optional.empty() : scheduledChange;
    paymentMethod = paymentMethod == null ? Optional.empty() : paymentMethod;
    dunning = dunning == null ? Dunning.NONE : dunning;
    providerSubscriptionId =
        providerSubscriptionId == null ? Optional.empty() : providerSubscriptionId;
  }

  /** A new subscription that has not been canceled, at the catalog's first price version. */
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
        1,
        status,
        currentPeriodStart,
        currentPeriodEnd,
        Optional.empty(),
        createdAt,
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Dunning.NONE,
        Optional.empty());
  }

  /** The subscription canceled at the given instant, to end with its current period. */
  public Subscription canceledAt(Instant at) {
    return toBuilder().cancelAtPeriodEnd(true).canceledAt(Optional.of(at)).build();
  }

  /** Whether it can still be canceled: it has not ended, nor been canceled before. */
  public boolean isCancelable() {
    return status.isLive() && !cancelAtPeriodEnd;
  }

  /** Whether a payment service runs it (renews, charges), the library only mirroring it. */
  public boolean isProviderManaged() {
    return providerSubscriptionId.isPresent();
  }

  /** What one period of the subscription costs. */
  public Money periodTotal() {
    return pricePerSeat.times(seats);
  }

  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A copy with some components changed: {@code s.toBuilder().seats(5).build()}. */
  public static final class Builder {
    private UUID id;
    private UUID organizationId;
    private String plan;
    private int seats;
    private BillingPeriod period;
    private Money pricePerSeat;
    private int priceVersion;
    private SubscriptionStatus status;
    private Instant currentPeriodStart;
    private Instant currentPeriodEnd;
    private Optional<Instant> trialEnd;
    private Instant createdAt;
    private boolean cancelAtPeriodEnd;
    private Optional<Instant> canceledAt;
    private Optional<Instant> endedAt;
    private Optional<ScheduledChange> scheduledChange;
    private Optional<String> paymentMethod;
    private Dunning dunning;
    private Optional<String> providerSubscriptionId;

    private Builder(Subscription s) {
      id = s.id;
      organizationId = s.organizationId;
      plan = s.plan;
      seats = s.seats;
      period = s.period;
      pricePerSeat = s.pricePerSeat;
      priceVersion = s.priceVersion;
      status = s.status;
      currentPeriodStart = s.currentPeriodStart;
      currentPeriodEnd = s.currentPeriodEnd;
      trialEnd = s.trialEnd;
      createdAt = s.createdAt;
      cancelAtPeriodEnd = s.cancelAtPeriodEnd;
      canceledAt = s.canceledAt;
      endedAt = s.endedAt;
      scheduledChange = s.scheduledChange;
      paymentMethod = s.paymentMethod;
      dunning = s.dunning;
      providerSubscriptionId = s.providerSubscriptionId;
    }

    public Builder plan(String plan) {
      this.plan = plan;
      return this;
    }

    public Builder seats(int seats) {
      this.seats = seats;
      return this;
    }

    /** The price it pays per seat, and the catalog version that price is from. */
    public Builder price(Money pricePerSeat, int priceVersion) {
      this.pricePerSeat = pricePerSeat;
      this.priceVersion = priceVersion;
      return this;
    }

    public Builder status(SubscriptionStatus status) {
      this.status = status;
      return this;
    }

    public Builder currentPeriod(Instant start, Instant end) {
      this.currentPeriodStart = start;
      this.currentPeriodEnd = end;
      return this;
    }

    public Builder trialEnd(Optional<Instant> trialEnd) {
      this.trialEnd = trialEnd;
      return this;
    }

    public Builder cancelAtPeriodEnd(boolean cancelAtPeriodEnd) {
      this.cancelAtPeriodEnd = cancelAtPeriodEnd;
      return this;
    }

    public Builder canceledAt(Optional<Instant> canceledAt) {
      this.canceledAt = canceledAt;
      return this;
    }

    public Builder endedAt(Optional<Instant> endedAt) {
      this.endedAt = endedAt;
      return this;
    }

    public Builder scheduledChange(Optional<ScheduledChange> scheduledChange) {
      this.scheduledChange = scheduledChange;
      return this;
    }

    public Builder paymentMethod(Optional<String> paymentMethod) {
      this.paymentMethod = paymentMethod;
      return this;
    }

    public Builder dunning(Dunning dunning) {
      this.dunning = dunning;
      return this;
    }

    public Builder providerSubscriptionId(Optional<String> providerSubscriptionId) {
      this.providerSubscriptionId = providerSubscriptionId;
      return this;
    }

    public Subscription build() {
      return new Subscription(
          id,
          organizationId,
          plan,
          seats,
          period,
          pricePerSeat,
          priceVersion,
          status,
          currentPeriodStart,
          currentPeriodEnd,
          trialEnd,
          createdAt,
          cancelAtPeriodEnd,
          canceledAt,
          endedAt,
          scheduledChange,
          paymentMethod,
          dunning,
          providerSubscriptionId);
    }
  }
}
