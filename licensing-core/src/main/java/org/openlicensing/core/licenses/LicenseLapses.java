package org.openlicensing.core.licenses;

import java.time.Clock;
import org.openlicensing.core.persistence.Transactions;

/**
 * Marks licenses EXPIRED once their expiry and grace days have passed, run by a job: validation
 * already judges expiry by date, this makes the stored status and the lists tell the same.
 */
public final class LicenseLapses {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final Clock clock;

  public LicenseLapses(Transactions transactions, LicenseRepository licenses, Clock clock) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.clock = clock;
  }

  /** Returns how many licenses lapsed. */
  public int runDue() {
    return transactions.inTransaction(() -> licenses.expireLapsed(clock.instant()));
  }
}
