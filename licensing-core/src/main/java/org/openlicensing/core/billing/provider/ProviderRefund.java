package org.openlicensing.core.billing.provider;

import java.util.Objects;

/**
 * A refund at the provider.
 *
 * @param status Stripe's refund status: pending, succeeded, failed, canceled, requires_action
 */
public record ProviderRefund(String id, long amount, String status) {
  public ProviderRefund {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
  }
}
