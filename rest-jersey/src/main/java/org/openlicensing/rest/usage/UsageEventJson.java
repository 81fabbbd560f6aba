package org.openlicensing.rest.usage;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.api.usage.UsageEvent;

/** A recorded event, with the license's quotas on its metric as they stand after it. */
public record UsageEventJson(
    UUID id,
    UUID licenseId,
    String metric,
    long quantity,
    String idempotencyKey,
    Instant recordedAt,
    List<QuotaJson> quotas) {

  static UsageEventJson of(RecordedUsage recorded) {
    UsageEvent event = recorded.event();
    return new UsageEventJson(
        event.id(),
        event.licenseId(),
        event.metric(),
        event.quantity(),
        event.idempotencyKey(),
        event.recordedAt(),
        QuotaJson.all(recorded.quotas()));
  }
}
