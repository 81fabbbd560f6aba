package org.openlicensing.core.billing.provider;

import java.time.Instant;
import java.util.Objects;

/**
 * Usage to bill, as a payment service's meter takes it (Stripe: a {@code billing.meter_event}).
 *
 * @param eventName the meter's event name: the metric
 * @param customerId the service's customer, such as Stripe's {@code cus_...}
 * @param value how much was used, a whole number
 * @param identifier stable for one usage event, so that the service counts a resent event once
 * @param timestamp when the usage happened
 */
public record ProviderMeterEvent(
    String eventName, String customerId, long value, String identifier, Instant timestamp) {
  /** Stripe's limit on event names and identifiers. */
  public static final int MAX_TEXT_LENGTH = 100;

  public ProviderMeterEvent {
    requireText(eventName, "eventName", MAX_TEXT_LENGTH);
    requireText(customerId, "customerId", 255);
    if (value < 1) {
      throw new IllegalArgumentException("value must be positive: " + value);
    }
    requireText(identifier, "identifier", MAX_TEXT_LENGTH);
    Objects.requireNonNull(timestamp, "timestamp");
  }

  private static void requireText(String value, String name, int max) {
    Objects.requireNonNull(value, name);
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must have 1 to " + max + " characters");
    }
  }
}
