package org.openlicensing.api.admin;

import java.util.List;
import java.util.Objects;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.invoices.Invoice;

/**
 * A subscription as support sees it: with its invoices, newest first, and how many of its licenses
 * are assigned.
 */
public record SubscriptionDetail(
    Subscription subscription, List<Invoice> invoices, int licenses, int assignedLicenses) {
  public SubscriptionDetail {
    Objects.requireNonNull(subscription, "subscription");
    invoices = List.copyOf(invoices);
  }
}
