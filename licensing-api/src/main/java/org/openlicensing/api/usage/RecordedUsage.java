package org.openlicensing.api.usage;

import java.util.List;
import java.util.Objects;

/**
 * The answer to a report of usage.
 *
 * @param created false when the idempotency key was the license's already: {@code event} is the
 *     first event with that key, and nothing more was counted
 * @param quotas the license's quotas on the event's metric, as they stand after it
 */
public record RecordedUsage(UsageEvent event, boolean created, List<QuotaStanding> quotas) {
  public RecordedUsage {
    Objects.requireNonNull(event, "event");
    quotas = List.copyOf(quotas);
  }
}
