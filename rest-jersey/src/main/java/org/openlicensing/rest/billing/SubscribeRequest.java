package org.openlicensing.rest.billing;

import java.util.UUID;
import org.openlicensing.api.catalog.BillingPeriod;

/** {@code POST /v1/subscriptions} */
public record SubscribeRequest(
    UUID organizationId,
    String plan,
    Integer seats,
    BillingPeriod billingPeriod,
    String paymentMethod) {}
