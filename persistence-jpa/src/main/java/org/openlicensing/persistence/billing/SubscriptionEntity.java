package org.openlicensing.persistence.billing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Dunning;
import org.openlicensing.api.billing.ScheduledChange;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;

/** A row of {@code subscriptions}, with who made it and under which idempotency key. */
@Entity(name = "Subscription")
@Table(name = "subscriptions")
public class SubscriptionEntity {
  @Id private UUID id;

  @Column(name = "organization_id", nullable = false)
  private UUID organizationId;

  @Column(name = "plan_code", nullable = false)
  private String plan;

  @Column(nullable = false)
  private int seats;

  @Enumerated(EnumType.STRING)
  @Column(name = "billing_period", nullable = false)
  private BillingPeriod period;

  @Column(name = "price_amount", nullable = false)
  private long priceAmount;

  @Column(name = "price_currency", nullable = false)
  private String priceCurrency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubscriptionStatus status;

  @Column(name = "current_period_start", nullable = false)
  private Instant currentPeriodStart;

  @Column(name = "current_period_end", nullable = false)
  private Instant currentPeriodEnd;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private UUID createdBy;

  @Column(name = "idempotency_key")
  private String idempotencyKey;

  @Column(name = "cancel_at_period_end", nullable = false)
  private boolean cancelAtPeriodEnd;

  @Column(name = "canceled_at")
  private Instant canceledAt;

  @Column(name = "price_version", nullable = false)
  private int priceVersion;

  @Column(name = "trial_end")
  private Instant trialEnd;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "scheduled_plan_code")
  private String scheduledPlan;

  @Column(name = "scheduled_seats")
  private Integer scheduledSeats;

  @Column(name = "payment_method")
  private String paymentMethod;

  @Column(name = "failed_payment_attempts", nullable = false)
  private int failedPaymentAttempts;

  @Column(name = "next_payment_attempt_at")
  private Instant nextPaymentAttemptAt;

  @Column(name = "past_due_since")
  private Instant pastDueSince;

  @Column(name = "provider_subscription_id")
  private String providerSubscriptionId;

  protected SubscriptionEntity() {}

  static SubscriptionEntity of(Subscription subscription, UUID createdBy, String idempotencyKey) {
    SubscriptionEntity entity = new SubscriptionEntity();
    entity.id = subscription.id();
    entity.organizationId = subscription.organizationId();
    entity.createdAt = subscription.createdAt();
    entity.createdBy = createdBy;
    entity.idempotencyKey = idempotencyKey;
    entity.apply(subscription);
    return entity;
  }

  /** Takes every changeable component of the subscription. */
  void apply(Subscription subscription) {
    plan = subscription.plan();
    seats = subscription.seats();
    period = subscription.period();
    priceAmount = subscription.pricePerSeat().amount();
    priceCurrency = subscription.pricePerSeat().currency().getCurrencyCode();
    priceVersion = subscription.priceVersion();
    status = subscription.status();
    currentPeriodStart = subscription.currentPeriodStart();
    currentPeriodEnd = subscription.currentPeriodEnd();
    trialEnd = subscription.trialEnd().orElse(null);
    cancelAtPeriodEnd = subscription.cancelAtPeriodEnd();
    canceledAt = subscription.canceledAt().orElse(null);
    endedAt = subscription.endedAt().orElse(null);
    scheduledPlan = subscription.scheduledChange().map(ScheduledChange::plan).orElse(null);
    scheduledSeats = subscription.scheduledChange().map(ScheduledChange::seats).orElse(null);
    paymentMethod = subscription.paymentMethod().orElse(null);
    failedPaymentAttempts = subscription.dunning().failedAttempts();
    nextPaymentAttemptAt = subscription.dunning().nextAttemptAt().orElse(null);
    pastDueSince = subscription.dunning().pastDueSince().orElse(null);
    providerSubscriptionId = subscription.providerSubscriptionId().orElse(null);
  }

  Subscription toSubscription() {
    return new Subscription(
        id,
        organizationId,
        plan,
        seats,
        period,
        Money.of(priceAmount, priceCurrency),
        priceVersion,
        status,
        currentPeriodStart,
        currentPeriodEnd,
        Optional.ofNullable(trialEnd),
        createdAt,
        cancelAtPeriodEnd,
        Optional.ofNullable(canceledAt),
        Optional.ofNullable(endedAt),
        scheduledPlan == null
            ? Optional.empty()
            : Optional.of(new ScheduledChange(scheduledPlan, scheduledSeats)),
        Optional.ofNullable(paymentMethod),
        new Dunning(
            failedPaymentAttempts,
            Optional.ofNullable(nextPaymentAttemptAt),
            Optional.ofNullable(pastDueSince)),
        Optional.ofNullable(providerSubscriptionId));
  }
}
