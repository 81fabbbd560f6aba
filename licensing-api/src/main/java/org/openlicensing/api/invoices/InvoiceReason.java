package org.openlicensing.api.invoices;

/** Why an invoice was made, as Stripe's {@code billing_reason}. */
public enum InvoiceReason {
  SUBSCRIPTION_CREATE,
  SUBSCRIPTION_CYCLE,
  SUBSCRIPTION_UPDATE,
  MANUAL
}
