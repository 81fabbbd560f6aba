package org.openlicensing.api.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One recorded use of a metered feature by a license, as a fact: it is never changed, and a second
 * report with the same idempotency key is the same event.
 *
 * @param recordedAt the server's time when it was recorded; its UTC day is the day it counts on
 */
public record UsageEvent(
    UUID id,
    UUID licenseId,
    String metric,
    long quantity,
    String idempotencyKey,
    Instant recordedAt) {

  /** A metric's name: lower-case, as Stripe meter event names and quota entitlements take it. */
  public static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

  /**
   * The most one event may count: ample for bytes or milliseconds in one report, and small enough
   * that totals of a realistic volume stay exact in JSON numbers (below 2^53).
   */
  public static final long MAX_QUANTITY = 1_000_000_000_000L;

  public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  public UsageEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(licenseId, "licenseId");
    requireMetric(metric);
    if (quantity < 1 || quantity > MAX_QUANTITY) {
      throw new IllegalArgumentException("quantity must be between 1 and " + MAX_QUANTITY);
    }
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    if (idempotencyKey.isEmpty() || idempotencyKey.length() > MAX_IDEMPOTENCY_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "idempotencyKey must have 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
    }
    Objects.requireNonNull(recordedAt, "recordedAt");
  }

  /** The UTC day the event counts on in daily totals. */
  public LocalDate day() {
    return LocalDate.ofInstant(recordedAt, ZoneOffset.UTC);
  }

  /** Whether the text is a metric's name. */
  public static boolean isMetric(String text) {
    return text != null && METRIC.matcher(text).matches();
  }

  static String requireMetric(String metric) {
    if (!isMetric(metric)) {
      throw new IllegalArgumentException(
          "a metric is 1 to 64 lower-case letters, digits, '_', '.' and '-', starting with a"
              + " letter");
    }
    return metric;
  }
}
