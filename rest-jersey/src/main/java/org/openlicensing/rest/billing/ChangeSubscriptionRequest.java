package org.openlicensing.rest.billing;

/** {@code PATCH /v1/subscriptions/{id}}: each field may be left out for "unchanged". */
public record ChangeSubscriptionRequest(Integer seats, String plan, String paymentMethod) {}
