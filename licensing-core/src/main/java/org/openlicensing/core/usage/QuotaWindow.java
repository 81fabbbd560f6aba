package org.openlicensing.core.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.usage.QuotaPeriod;

/**
 * The span of a quota's period that holds an instant: [start, end).
 *
 * <p>Days and months are UTC calendar ones. A subscription's period is its current one, from its
 * last renewal to its next: a quota of {@code period} counts from the renewal's instant, which is
 * rarely at midnight.
 */
record QuotaWindow(Instant start, Instant end) {
  QuotaWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /**
   * @param subscription the license's subscription, fetched only for a quota of {@code period}
   */
  static QuotaWindow of(QuotaPeriod period, Instant now, Supplier<Subscription> subscription) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    return switch (period) {
      case DAY -> new QuotaWindow(midnight(today), midnight(today.plusDays(1)));
      case MONTH -> {
        LocalDate first = today.withDayOfMonth(1);
        yield new QuotaWindow(midnight(first), midnight(first.plusMonths(1)));
      }
      case PERIOD -> {
        Subscription current = subscription.get();
        yield new QuotaWindow(current.currentPeriodStart(), current.currentPeriodEnd());
      }
    };
  }

  static Instant midnight(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
