package org.openlicensing.core.usage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.api.usage.NewUsage;
import org.openlicensing.api.usage.UsageEvent;
import org.openlicensing.api.usage.UsageQuery;
import org.openlicensing.core.support.FieldChecks;

/** What a client may send about usage, checked before any database work; every field at fault. */
final class UsageChecks {
  private static final LocalDate FIRST_DAY = LocalDate.of(1970, 1, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

  private UsageChecks() {}

  /** A report whose fields are all present and within bounds. */
  record CheckedUsage(String metric, long quantity, String idempotencyKey) {}

  static CheckedUsage check(NewUsage usage) {
    FieldChecks checks = new FieldChecks();
    String metric =
        usage.metric() == null
            ? checks.reject("metric", "is required")
            : metric(checks, "metric", usage.metric());
    Long quantity = usage.quantity();
    if (quantity == null) {
      checks.reject("quantity", "is required");
    } else if (quantity < 1 || quantity > UsageEvent.MAX_QUANTITY) {
      checks.reject("quantity", "must be a whole number from 1 to " + UsageEvent.MAX_QUANTITY);
    }
    String key = idempotencyKey(checks, usage.idempotencyKey());
    checks.throwIfAny();
    return new CheckedUsage(metric, quantity, key);
  }

  /** The query's days: its own, or the defaults; VALIDATION_FAILED naming the field at fault. */
  static DayRange range(UsageQuery query, LocalDate today) {
    FieldChecks checks = new FieldChecks();
    requireSensibleDay(checks, "from", query.from());
    requireSensibleDay(checks, "to", query.to());
    checks.throwIfAny();
    LocalDate to = query.to() == null ? today : query.to();
    LocalDate from =
        query.from() == null ? to.minusDays(UsageQuery.DEFAULT_DAYS - 1L) : query.from();
    if (from.isAfter(to)) {
      checks.reject("from", "must not be after to (" + to + ")");
    } else if (ChronoUnit.DAYS.between(from, to) >= DayRange.MAX_DAYS) {
      checks.reject(
          query.from() == null ? "to" : "from",
          "the range spans at most " + DayRange.MAX_DAYS + " days");
    }
    checks.throwIfAny();
    return new DayRange(from, to);
  }

  /** Days the databases store alike; a year such as 999999999 would fail there, not here. */
  private static void requireSensibleDay(FieldChecks checks, String field, LocalDate day) {
    if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
      checks.reject(field, "must be a day from " + FIRST_DAY + " to " + LAST_DAY);
    }
  }

  /** The query's metric, if it names one. */
  static Optional<String> metric(UsageQuery query) {
    if (query.metric() == null) {
      return Optional.empty();
    }
    FieldChecks checks = new FieldChecks();
    String metric = metric(checks, "metric", query.metric());
    checks.throwIfAny();
    return Optional.of(metric);
  }

  private static String metric(FieldChecks checks, String field, String value) {
    if (!UsageEvent.isMetric(value)) {
      return checks.reject(
          field,
          "must be 1 to 64 lower-case letters, digits, '_', '.' or '-', starting with a letter");
    }
    return value;
  }

  /** Taken as sent: a key is the client's own opaque text, so it is neither trimmed nor folded. */
  private static String idempotencyKey(FieldChecks checks, String key) {
    if (key == null || key.isBlank()) {
      return checks.reject("idempotencyKey", "is required");
    }
    if (key.length() > UsageEvent.MAX_IDEMPOTENCY_KEY_LENGTH) {
      return checks.reject(
          "idempotencyKey",
          "must be at most " + UsageEvent.MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    if (key.codePoints().anyMatch(Character::isISOControl)) {
      return checks.reject("idempotencyKey", "must not contain control characters");
    }
    return key;
  }
}
