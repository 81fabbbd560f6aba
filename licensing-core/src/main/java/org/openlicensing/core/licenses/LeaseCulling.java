package org.openlicensing.core.licenses;

import java.time.Clock;
import org.openlicensing.core.persistence.Transactions;

/**
 * Clears the floating leases whose heartbeat window has passed, run by a job. Validation and
 * activation already judge a lease by its expiry, so a late cull lets nothing run too long; the
 * cull makes the stored state say so, and keeps the leases to look at few.
 */
public final class LeaseCulling {
  private final Transactions transactions;
  private final ActivationRepository activations;
  private final Clock clock;

  public LeaseCulling(Transactions transactions, ActivationRepository activations, Clock clock) {
    this.transactions = transactions;
    this.activations = activations;
    this.clock = clock;
  }

  /** Returns how many leases were culled. */
  public int runDue() {
    return transactions.inTransaction(() -> activations.cullLeases(clock.instant()));
  }
}
