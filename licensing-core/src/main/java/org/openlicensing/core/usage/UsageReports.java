package org.openlicensing.core.usage;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.organizations.OrganizationPermission;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.api.usage.DeviceActivity;
import org.openlicensing.api.usage.Quota;
import org.openlicensing.api.usage.UsageQuery;
import org.openlicensing.api.usage.UsageSummary;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Transactions;

/**
 * Reads usage: a license's days with its quotas, and an organization's days and active devices.
 * Each answer is one query over the daily totals (or the activations), whatever the range's length.
 */
final class UsageReports {
  private final Transactions transactions;
  private final LicenseRepository licenses;
  private final UsageRepository usage;
  private final Readers readers;
  private final Clock clock;

  /** Who may read, and the quotas a license's summary shows. */
  record Readers(
      UsageAccess licenseAccess, OrganizationAccess organizationAccess, QuotaLedger ledger) {}

  UsageReports(
      Transactions transactions,
      LicenseRepository licenses,
      UsageRepository usage,
      Readers readers,
      Clock clock) {
    this.transactions = transactions;
    this.licenses = licenses;
    this.usage = usage;
    this.readers = readers;
    this.clock = clock;
  }

  UsageSummary ofLicense(Caller caller, UUID licenseId, UsageQuery query) {
    DayRange range = UsageChecks.range(query, today());
    Optional<String> metric = UsageChecks.metric(query);
    return transactions.inTransaction(
        () -> {
          License license = licenses.findById(licenseId).orElseThrow(UsageAccess::notFound);
          readers.licenseAccess().requireReader(caller, license);
          List<Quota> quotas =
              LicenseQuotas.of(license).stream()
                  .filter(q -> metric.isEmpty() || q.metric().equals(metric.get()))
                  .toList();
          return DailyTotals.summary(
              range,
              usage.licenseDays(licenseId, range, metric),
              readers.ledger().standings(license, quotas, clock.instant()));
        });
  }

  UsageSummary ofOrganization(Caller caller, UUID organizationId, UsageQuery query) {
    DayRange range = UsageChecks.range(query, today());
    Optional<String> metric = UsageChecks.metric(query);
    return transactions.inTransaction(
        () -> {
          requireAnalyst(caller, organizationId);
          return DailyTotals.summary(
              range, usage.organizationDays(organizationId, range, metric), List.of());
        });
  }

  DeviceActivity devicesOf(Caller caller, UUID organizationId, UsageQuery query) {
    DayRange range = UsageChecks.range(query, today());
    return transactions.inTransaction(
        () -> {
          requireAnalyst(caller, organizationId);
          return DailyTotals.devices(range, usage.deviceChanges(organizationId, range));
        });
  }

  /** Those who read the organization's licenses and billing read its analytics. */
  private void requireAnalyst(Caller caller, UUID organizationId) {
    readers
        .organizationAccess()
        .require(caller, organizationId, OrganizationPermission.VIEW_BILLING);
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}
