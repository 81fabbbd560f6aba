package org.openlicensing.core.billing;

import java.time.Instant;
import java.util.UUID;

/**
 * Which expiry reminders went out, so that each goes out once however often the job runs and on
 * however many servers: one row per subscription, period end and number of days before it.
 */
public interface ReminderLog {
  /**
   * Records the reminder unless it is recorded already, in the caller's transaction.
   *
   * @return whether this call recorded it (and the reminder is to be sent)
   */
  boolean markSent(UUID subscriptionId, Instant periodEnd, int daysBefore, Instant sentAt);
}
