package org.openlicensing.core.usage;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.usage.Quota;
import org.openlicensing.api.usage.QuotaStanding;
import org.openlicensing.core.licenses.UsageCheck;
import org.openlicensing.core.persistence.Transactions;

/**
 * Validation's USAGE_LIMIT_REACHED, from the quotas of the license's entitlements: a quota is
 * reached when nothing more of its metric may be used in its current period. A license without
 * quotas costs no query.
 */
public final class QuotaUsageCheck implements UsageCheck {
  private final Transactions transactions;
  private final QuotaLedger ledger;

  QuotaUsageCheck(Transactions transactions, QuotaLedger ledger) {
    this.transactions = transactions;
    this.ledger = ledger;
  }

  @Override
  public boolean limitReached(License license, Set<String> metrics, Instant now) {
    List<Quota> quotas = LicenseQuotas.named(license, metrics);
    if (quotas.isEmpty()) {
      return false;
    }
    return transactions.inTransaction(
        () -> ledger.standings(license, quotas, now).stream().anyMatch(QuotaStanding::reached));
  }
}
