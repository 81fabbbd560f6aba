package org.openlicensing.api.invoices;

/** What a line of an invoice charges or credits. */
public enum InvoiceLineKind {
  /** A plan's seats for a whole billing period. */
  SUBSCRIPTION,
  /** The remaining part of a period after a change of seats or plan, charged or credited. */
  PRORATION,
  /** Money given back against the invoice, such as unused time of a replaced plan. */
  CREDIT
}
