package org.openlicensing.api.billing;

import java.util.EnumSet;
import java.util.Set;

/**
 * Stripe Billing's subscription states, with the transitions the library allows between them:
 * INCOMPLETE → TRIALING/ACTIVE → PAST_DUE → ACTIVE, UNPAID or CANCELED. CANCELED is final.
 */
public enum SubscriptionStatus {
  /** Created, its first payment not yet made. */
  INCOMPLETE,
  TRIALING,
  ACTIVE,
  /** A renewal failed; dunning retries run. */
  PAST_DUE,
  /** Dunning gave up but the subscription stays, its licenses suspended, until a payment. */
  UNPAID,
  CANCELED;

  /** Whether a subscription in this state may move to {@code next}. */
  public boolean canBecome(SubscriptionStatus next) {
    return next != this && successors().contains(next);
  }

  private Set<SubscriptionStatus> successors() {
    return switch (this) {
      case INCOMPLETE -> EnumSet.of(TRIALING, ACTIVE, CANCELED);
      case TRIALING -> EnumSet.of(ACTIVE, PAST_DUE, CANCELED);
      case ACTIVE -> EnumSet.of(PAST_DUE, CANCELED);
      case PAST_DUE -> EnumSet.of(ACTIVE, UNPAID, CANCELED);
      case UNPAID -> EnumSet.of(ACTIVE, CANCELED);
      case CANCELED -> EnumSet.noneOf(SubscriptionStatus.class);
    };
  }

  /** Whether the subscription still runs: it has not ended. */
  public boolean isLive() {
    return this != CANCELED;
  }
}
