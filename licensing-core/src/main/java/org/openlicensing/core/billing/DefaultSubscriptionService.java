package org.openlicensing.core.billing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionService;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;

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
  public Subscription subscribe(UUID accountId, NewSubscription request, String idempotencyKey) {
    if (idempotencyKey != null
        && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH)) {
      throw LicensingException.invalid(
          "Idempotency-Key", "must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    Optional<Subscription> earlier = earlierAttempt(accountId, idempotencyKey);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    record Target(UUID organizationId, CheckedOrder order) {}
    Target target =
        transactions.inTransaction(
            () ->
                new Target(
                    access.billingOrganization(accountId, request.organizationId()),
                    OrderChecks.check(request, plans)));
    try {
      return checkout.complete(accountId, target.organizationId(), target.order(), idempotencyKey);
    } catch (DuplicateKeyException e) {
      // A concurrent request with the same idempotency key stored its subscription first.
      return earlierAttempt(accountId, idempotencyKey).orElseThrow(() -> e);
    }
  }

  private Optional<Subscription> earlierAttempt(UUID accountId, String idempotencyKey) {
    if (idempotencyKey == null) {
      return Optional.empty();
    }
    return transactions.inTransaction(
        () -> subscriptions.findByIdempotencyKey(accountId, idempotencyKey));
  }

  @Override
  public Subscription get(UUID accountId, UUID subscriptionId) {
    return transactions
        .inTransaction(
            () ->
                subscriptions
                    .findById(subscriptionId)
                    .filter(s -> access.managesBilling(accountId, s.organizationId())))
        .orElseThrow(() -> LicensingException.notFound("subscription"));
  }

  @Override
  public List<Subscription> manageableBy(UUID accountId) {
    return transactions.inTransaction(
        () -> subscriptions.findByOrganizations(access.managedBy(accountId)));
  }
}
