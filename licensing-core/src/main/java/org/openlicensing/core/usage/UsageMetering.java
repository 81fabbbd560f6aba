package org.openlicensing.core.usage;

import java.time.Clock;
import java.util.Optional;
import org.openlicensing.api.usage.UsageService;
import org.openlicensing.core.billing.provider.BillingProvider;
import org.openlicensing.core.licenses.UsageCheck;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.persistence.Transactions;

/**
 * Usage metering, wired in one place: the service, the quota check validation asks, and the relay
 * that the server's job runs to send usage to the payment service's meter.
 */
public final class UsageMetering {
  private final UsageService service;
  private final UsageCheck quotaCheck;
  private final MeterEventRelay meterRelay;

  public UsageMetering(
      Persistence p, Optional<BillingProvider> provider, OrganizationAccess access, Clock clock) {
    Transactions tx = p.transactions();
    QuotaLedger ledger = new QuotaLedger(p.usage(), p.subscriptions());
    UsageAccess licenseAccess = new UsageAccess(access);
    MeterForwarding meter =
        new MeterForwarding(
            provider.map(BillingProvider::name), p.billingCustomers(), p.meterOutbox(), clock);
    this.service =
        new DefaultUsageService(
            new UsageRecorder(
                tx,
                p.licenses(),
                p.usage(),
                new UsageRecorder.Rules(licenseAccess, ledger, meter),
                clock),
            new UsageReports(
                tx,
                p.licenses(),
                p.usage(),
                new UsageReports.Readers(licenseAccess, access, ledger),
                clock));
    this.quotaCheck = new QuotaUsageCheck(tx, ledger);
    this.meterRelay = new MeterEventRelay(tx, p.meterOutbox(), provider, clock);
  }

  public UsageService service() {
    return service;
  }

  /** Validation's USAGE_LIMIT_REACHED, from the licenses' quota entitlements. */
  public UsageCheck quotaCheck() {
    return quotaCheck;
  }

  /** Sends queued usage to the payment service's meter; run it on a schedule, from any server. */
  public MeterEventRelay meterRelay() {
    return meterRelay;
  }
}
