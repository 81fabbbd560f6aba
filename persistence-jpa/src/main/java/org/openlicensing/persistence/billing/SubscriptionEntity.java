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

  protected SubscriptionEntity() {}

  static SubscriptionEntity of(Subscription subscription, UUID createdBy, String idempotencyKey) {
    SubscriptionEntity entity = new SubscriptionEntity();
    entity.id = subscription.id();
    entity.organizationId = subscription.organizationId();
    entity.plan = subscription.plan();
    entity.seats = subscription.seats();
    entity.period = subscription.period();
    entity.priceAmount = subscription.pricePerSeat().amount();
    entity.priceCurrency = subscription.pricePerSeat().currency().getCurrencyCode();
    entity.status = subscription.status();
    entity.currentPeriodStart = subscription.currentPeriodStart();
    entity.currentPeriodEnd = subscription.currentPeriodEnd();
    entity.createdAt = subscription.createdAt();
    entity.createdBy = createdBy;
    entity.idempotencyKey = idempotencyKey;
    entity.cancelAtPeriodEnd = subscription.cancelAtPeriodEnd();
    entity.canceledAt = subscription.canceledAt().orElse(null);
    return entity;
  }

  Subscription toSubscription() {
    return new Subscription(
        id,
        organizationId,
        plan,
        seats,
        period,
        Money.of(priceAmount, priceCurrency),
        status,
        currentPeriodStart,
        currentPeriodEnd,
        createdAt,
        cancelAtPeriodEnd,
        Optional.ofNullable(canceledAt));
  }
}
