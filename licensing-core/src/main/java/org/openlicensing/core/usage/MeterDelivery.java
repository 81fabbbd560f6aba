package org.openlicensing.core.usage;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.billing.provider.ProviderMeterEvent;

/**
 * A usage event on its way to the payment service's meter: written in the transaction that records
 * the usage, and sent afterwards by a job that retries, so that an outage of the service neither
 * loses usage nor holds up its recording.
 *
 * @param attempts how often it was handed to a sender, this claim included
 */
public record MeterDelivery(
    UUID id,
    UUID usageEventId,
    ProviderMeterEvent event,
    Status status,
    int attempts,
    Optional<String> lastError) {

  public enum Status {
    /** Waiting for (another) attempt. */
    PENDING,
    /** The service took it. */
    SENT,
    /** Retrying cannot help: refused by the service, or too old for it to take. */
    DEAD
  }

  public MeterDelivery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(usageEventId, "usageEventId");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(status, "status");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts cannot be negative: " + attempts);
    }
    lastError = lastError == null ? Optional.empty() : lastError;
  }

  /** A new delivery, due at once. */
  public static MeterDelivery pending(UUID id, UUID usageEventId, ProviderMeterEvent event) {
    return new MeterDelivery(id, usageEventId, event, Status.PENDING, 0, Optional.empty());
  }
}
