package org.openlicensing.api.invoices;

/**
 * Where an invoice stands, as Stripe's invoice statuses without the draft: an invoice gets its
 * number when it is issued and is never deleted, so that the number series has no gaps.
 */
public enum InvoiceStatus {
  /** Issued and waiting for its payment. */
  OPEN,
  PAID,
  /** Cancelled after it was issued; it keeps its number. */
  VOID,
  /** Given up on after dunning. */
  UNCOLLECTIBLE
}
