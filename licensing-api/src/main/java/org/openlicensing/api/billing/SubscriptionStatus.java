package org.openlicensing.api.billing;

/** Stripe Billing's subscription states, which the library keeps. */
public enum SubscriptionStatus {
  INCOMPLETE,
  TRIALING,
  ACTIVE,
  PAST_DUE,
  UNPAID,
  CANCELED
}
