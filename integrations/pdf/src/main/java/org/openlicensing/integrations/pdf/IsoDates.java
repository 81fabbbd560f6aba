package org.openlicensing.integrations.pdf;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Days as the invoice prints them: ISO 8601 in UTC, like every time of the API. */
final class IsoDates {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

  private IsoDates() {}

  static String day(Instant instant) {
    return DAY.format(instant);
  }

  /** A period from its first day to its end, joined by an en dash. */
  static String period(Instant start, Instant end) {
    return day(start) + " \u2013 " + day(end);
  }
}
