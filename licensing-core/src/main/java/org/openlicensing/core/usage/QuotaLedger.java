package org.openlicensing.core.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.usage.Quota;
import org.openlicensing.api.usage.QuotaStanding;
import org.openlicensing.core.billing.SubscriptionRepository;

/**
 * Counts a license's usage against its quotas. Whole days come from the daily totals; a period that
 * starts within a day (a subscription's) takes the rest of that first day from the events
 * themselves, so the count is exact at any start. Runs in the caller's transaction.
 */
final class QuotaLedger {
  private final UsageRepository usage;
  private final SubscriptionRepository subscriptions;

  QuotaLedger(UsageRepository usage, SubscriptionRepository subscriptions) {
    this.usage = usage;
    this.subscriptions = subscriptions;
  }

  /** Where the license stands against each of the quotas at {@code now}. */
  List<QuotaStanding> standings(License license, List<Quota> quotas, Instant now) {
    Supplier<Subscription> subscription = subscriptionOf(license);
    List<QuotaStanding> standings = new ArrayList<>(quotas.size());
    for (Quota quota : quotas) {
      QuotaWindow window = QuotaWindow.of(quota.period(), now, subscription);
      standings.add(
          new QuotaStanding(
              quota, used(license, quota.metric(), window.start()), window.start(), window.end()));
    }
    return standings;
  }

  /**
   * Refuses {@code quantity} more of the metric with USAGE_LIMIT_REACHED when it would take the
   * license past any of its quotas on it. The caller holds the license's lock, so that concurrent
   * reports are judged one after the other.
   */
  void requireRoom(License license, String metric, long quantity, Instant now) {
    for (QuotaStanding standing : standings(license, LicenseQuotas.on(license, metric), now)) {
      if (quantity > standing.remaining()) {
        throw new LicensingException(
            ErrorCode.USAGE_LIMIT_REACHED,
            metric
                + ": "
                + standing.used()
                + " of "
                + standing.quota().limit()
                + " used this "
                + standing.quota().period().entitlementName()
                + ", "
                + quantity
                + " more would pass the quota; it starts afresh at "
                + standing.resetsAt());
      }
    }
  }

  private long used(License license, String metric, Instant since) {
    LocalDate firstDay = LocalDate.ofInstant(since, ZoneOffset.UTC);
    if (since.equals(QuotaWindow.midnight(firstDay))) {
      return usage.dailyTotalFrom(license.id(), metric, firstDay);
    }
    LocalDate nextDay = firstDay.plusDays(1);
    return Math.addExact(
        usage.eventTotal(license.id(), metric, since, QuotaWindow.midnight(nextDay)),
        usage.dailyTotalFrom(license.id(), metric, nextDay));
  }

  /** The license's subscription, read once and only if a quota needs it. */
  private Supplier<Subscription> subscriptionOf(License license) {
    return new Supplier<>() {
      private Optional<Subscription> read;

      @Override
      public Subscription get() {
        if (read == null) {
          read = subscriptions.findById(license.subscriptionId());
        }
        return read.orElseThrow(
            () -> new IllegalStateException("license " + license.id() + " has no subscription"));
      }
    };
  }
}
