package org.openlicensing.core.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionService;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Callers;

/** Buying plans: checks the order, then pays and provisions through the checkout. */
public final class DefaultSubscriptionService implements SubscriptionService {
  private static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private final Transactions transactions;
  private final PlanRepository plans;
  private final SubscriptionRepository subscriptions;
  private final OrganizationAccess access;
  private final SubscriptionCheckout checkout;

  public DefaultSubscriptionService(
      Transactions transactions,
      PlanRepository plans,
      SubscriptionRepository subscriptions,
      OrganizationAccess access,
      SubscriptionCheckout checkout) {
    this.transactions = transactions;
    this.plans = plans;
    this.subscriptions = subscriptions;
    this.access = access;
    this.checkout = checkout;
  }

  @Override
  public Subscription subscribe(Caller caller, NewSubscription request, String idempotencyKey) {
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      throw LicensingException.invalid(
          "Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
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
      return checkout.complete(callerId, target.organizationId(), target.order(), idempotencyKey);
    } catch (DuplicateKeyException e) {
      // A concurrent request with the same idempotency key stored its subscription first.
      return earlierAttempt(callerId, idempotencyKey).orElseThrow(() -> e);
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
  public List<Subscription> visibleTo(Caller caller) {
    return transactions.inTransaction(
        () -> subscriptions.findByOrganizations(access.visibleOrganizations(caller)));
  }
}
