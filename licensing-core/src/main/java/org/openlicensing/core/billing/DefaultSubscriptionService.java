package org.openlicensing.core.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionChange;
import org.openlicensing.api.billing.SubscriptionService;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;

/**
 * Buying plans: checks the caller and the order, then pays and provisions through the engine that
 * runs the subscriptions (the built-in billing, or a payment service such as Stripe).
 */
public final class DefaultSubscriptionService implements SubscriptionService {
  private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private final Transactions transactions;
  private final PlanRepository plans;
  private final SubscriptionRepository subscriptions;
  private final OrganizationAccess access;
  private final SubscriptionEngine engine;

  public DefaultSubscriptionService(
      Transactions transactions,
      PlanRepository plans,
      SubscriptionRepository subscriptions,
      OrganizationAccess access,
      SubscriptionEngine engine) {
    this.transactions = transactions;
    this.plans = plans;
    this.subscriptions = subscriptions;
    this.access = access;
    this.engine = engine;
  }

  @Override
  public Subscription subscribe(Caller caller, NewSubscription request, String idempotencyKey) {
    requireIdempotencyKeyShape(idempotencyKey);
    UUID callerId = Callers.idOf(caller);
    Optional<Subscription> earlier = earlierAttempt(callerId, idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    record Target(UUID organizationId, CheckedOrder order) {}
    Target target =
        transactions.inTransaction(
            () ->
                new Target(
                    access.billingOrganization(caller, request.organizationId()),
                    OrderChecks.check(request, plans)));
    try {
      return engine.subscribe(caller, target.organizationId(), target.order(), idempotencyKey);
    } catch (DuplicateKeyException e) {
      // A concurrent request with the same idempotency key stored its subscription first.
      return earlierAttempt(callerId, idempotencyKey).orElseThrow(() -> e);
    }
  }

  private static void requireIdempotencyKeyShape(String idempotencyKey) {
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      throw LicensingException.invalid(
          "Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
  }

  private Optional<Subscription> earlierAttempt(UUID callerId, String idempotencyKey) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return transactions.inTransaction(
        () -> subscriptions.findByIdempotencyKey(callerId, idempotencyKey));
  }

  @Override
  public Subscription get(Caller caller, UUID subscriptionId) {
    return transactions
        .inTransaction(
            () ->
                subscriptions
                    .findById(subscriptionId)
                    .filter(s -> access.maySeeAll(caller, s.organizationId())))
        .orElseThrow(() -> LicensingException.notFound("subscription"));
  }

  @Override
  public Subscription cancel(Caller caller, UUID subscriptionId, ClientInfo client) {
    requireBillingManager(caller, subscriptionId);
    return engine.cancelAtPeriodEnd(caller, subscriptionId, client);
  }

  @Override
  public Subscription cancelNow(Caller caller, UUID subscriptionId, ClientInfo client) {
    requireBillingManager(caller, subscriptionId);
    return engine.cancelNow(caller, subscriptionId, client);
  }

  @Override
  public Subscription resume(Caller caller, UUID subscriptionId, ClientInfo client) {
    requireBillingManager(caller, subscriptionId);
    return engine.resume(caller, subscriptionId, client);
  }

  @Override
  public Subscription change(
      Caller caller,
      UUID subscriptionId,
      SubscriptionChange change,
      String idempotencyKey,
      ClientInfo client) {
    requireIdempotencyKeyShape(idempotencyKey);
    return engine.change(caller, subscriptionId, change, idempotencyKey, client);
  }

  /** Owners, admins and billing managers, and WRITE keys; members FORBIDDEN, others NOT_FOUND. */
  private void requireBillingManager(Caller caller, UUID subscriptionId) {
    transactions.run(
        () -> {
          Subscription subscription =
              subscriptions
                  .findById(subscriptionId)
                  .orElseThrow(() -> LicensingException.notFound("subscription"));
          access.requireFor(
              caller,
              subscription.organizationId(),
              OrganizationPermission.MANAGE_BILLING,
              "subscription");
        });
  }

  @Override
  public List<Subscription> visibleTo(Caller caller) {
    return transactions.inTransaction(
        () -> subscriptions.findByOrganizations(access.visibleOrganizations(caller)));
  }
}
