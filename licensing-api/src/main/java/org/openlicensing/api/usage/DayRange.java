package org.openlicensing.api.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** UTC days from {@code from} to {@code to}, both included; at most {@link #MAX_DAYS} of them. */
public record DayRange(LocalDate from, LocalDate to) {
  /** A leap year's days: a year of daily figures in one answer, and no more. */
  public static final int MAX_DAYS = 366;

  public DayRange {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("from must not be after to");
    }
    if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
      throw new IllegalArgumentException("a range spans at most " + MAX_DAYS + " days");
    }
  }

  /** How many days the range holds. */
  public int days() {
    return Math.toIntExact(ChronoUnit.DAYS.between(from, to)) + 1;
  }

  /** The first instant of the range. */
  public Instant start() {
    return from.atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The first instant after the range. */
  public Instant end() {
    return to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
