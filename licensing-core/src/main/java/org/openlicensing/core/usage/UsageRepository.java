package org.openlicensing.core.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.usage.DailyUsage;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.api.usage.UsageEvent;

/**
 * Where usage is kept: each event as it was reported, and per license, metric and UTC day the
 * total, kept in step with the events by the transaction that records them, so that reads add up
 * days rather than events. Every method runs in the caller's transaction.
 */
public interface UsageRepository {

  /**
   * Stores the event unless the license has one with its idempotency key; returns whether it was
   * stored. A concurrent insert of the same key waits for the other transaction and then yields.
   */
  boolean insertIfAbsent(UsageEvent event);

  Optional<UsageEvent> findByKey(UUID licenseId, String idempotencyKey);

  /**
   * Adds {@code quantity} to the license's total of the metric on the day, making the day's row if
   * it is missing. Concurrent additions, on any server, all count.
   */
  void addToDay(UUID licenseId, UUID organizationId, String metric, LocalDate day, long quantity);

  /** The sum of the license's daily totals of the metric on {@code firstDay} and after. */
  long dailyTotalFrom(UUID licenseId, String metric, LocalDate firstDay);

  /** The sum of the quantities of the license's events of the metric recorded in [from, to). */
  long eventTotal(UUID licenseId, String metric, Instant from, Instant to);

  /** The license's daily totals in the range, of one metric or all, by day then metric. */
  List<DailyUsage> licenseDays(UUID licenseId, DayRange range, Optional<String> metric);

  /**
   * The daily totals of all the organization's licenses together, of one metric or all, by day then
   * metric.
   */
  List<DailyUsage> organizationDays(UUID organizationId, DayRange range, Optional<String> metric);

  /** How the organization's activations started and ended around and within the range. */
  DeviceChanges deviceChanges(UUID organizationId, DayRange range);
}
