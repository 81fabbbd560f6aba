package org.openlicensing.core.billing.provider;

/** What a change of seats or plan bills for the rest of the period, as Stripe's values. */
public enum ProrationBehavior {
  /** Prorations are added to the next invoice. */
  CREATE_PRORATIONS,
  /** Prorations are invoiced and charged at once. */
  ALWAYS_INVOICE,
  /** No prorations: the change is billed from the next period. */
  NONE
}
