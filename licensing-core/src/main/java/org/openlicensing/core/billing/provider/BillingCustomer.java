package org.openlicensing.core.billing.provider;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An organization as a payment service's customer: one per organization, made on first need.
 *
 * @param provider the payment service, as in its webhook path: {@code stripe}
 * @param customerId the service's id of the customer, such as Stripe's {@code cus_...}
 */
public record BillingCustomer(
    UUID organizationId, String provider, String customerId, Instant createdAt) {
  public BillingCustomer {
    Objects.requireNonNull(organizationId, "organizationId");
    requireText(provider, "provider", 32);
    requireText(customerId, "customerId", 255);
    Objects.requireNonNull(createdAt, "createdAt");
  }

  private static void requireText(String value, String name, int max) {
    Objects.requireNonNull(value, name);
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
    }
  }
}
