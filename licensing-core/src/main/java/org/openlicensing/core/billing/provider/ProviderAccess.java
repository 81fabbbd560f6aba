package org.openlicensing.core.billing.provider;

import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.core.organizations.OrganizationAccess;

/** The payment service, its customers, and the subscriptions it runs that a caller may change. */
public final class ProviderAccess {
  private final BillingProvider provider;
  private final ProviderCustomers customers;
  private final SubscriptionRepository subscriptions;
  private final OrganizationAccess access;

  public ProviderAccess(
      BillingProvider provider,
      ProviderCustomers customers,
      SubscriptionRepository subscriptions,
      OrganizationAccess access) {
    this.provider = provider;
    this.customers = customers;
    this.subscriptions = subscriptions;
    this.access = access;
  }

  BillingProvider provider() {
    return provider;
  }

  ProviderCustomers customers() {
    return customers;
  }

  /**
   * A live subscription the service runs, that the caller manages the billing of; in the caller's
   * transaction. Members are FORBIDDEN, anyone else NOT_FOUND.
   */
  Subscription managed(Caller caller, UUID id) {
    Subscription subscription =
        subscriptions.findById(id).orElseThrow(() -> LicensingException.notFound("subscription"));
    access.requireFor(
        caller,
        subscription.organizationId(),
        OrganizationPermission.MANAGE_BILLING,
        "subscription");
    return run(subscription);
  }

  /** A live subscription the service runs; the caller's right was checked before. */
  Subscription live(UUID id) {
    return run(
        subscriptions.findById(id).orElseThrow(() -> LicensingException.notFound("subscription")));
  }

  private static Subscription run(Subscription subscription) {
    if (!subscription.status().isLive()) {
      throw new LicensingException(
          ErrorCode.INVALID_STATE_TRANSITION, "the subscription has ended");
    }
    if (!subscription.isProviderManaged()) {
      // Bought before the payment service was configured: nothing there to change.
      throw new LicensingException(
          ErrorCode.CONFLICT,
          "the subscription was bought without the payment service; cancel it and buy anew");
    }
    return subscription;
  }
}
