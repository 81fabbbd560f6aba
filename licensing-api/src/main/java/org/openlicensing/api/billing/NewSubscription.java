package org.openlicensing.api.billing;

import java.util.UUID;
import org.openlicensing.api.catalog.BillingPeriod;

/**
 * A request to subscribe. {@code organizationId} may be null for the caller's personal
 * organization; the other fields are checked by the service, which names each one at fault.
 *
 * @param paymentMethod a payment method id of the gateway, such as Stripe's {@code pm_...}
 */
public record NewSubscription(
    UUID organizationId,
    String plan,
    Integer seats,
    BillingPeriod billingPeriod,
    String paymentMethod) {}
