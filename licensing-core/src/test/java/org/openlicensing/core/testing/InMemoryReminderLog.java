package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.UUID;
import org.openlicensing.core.billing.ReminderLog;

final class InMemoryReminderLog implements ReminderLog {
  private record Key(UUID subscriptionId, Instant periodEnd, int daysBefore) {}

  private final InMemoryTable<Key, Instant> sent;

  InMemoryReminderLog(InMemoryTransactions transactions) {
    this.sent = transactions.table("expiry_reminders");
  }

  @Override
  public boolean markSent(UUID subscriptionId, Instant periodEnd, int daysBefore, Instant sentAt) {
    Key key = new Key(subscriptionId, periodEnd, daysBefore);
    if (sent.containsKey(key)) {
      return false;
    }
    sent.put(key, sentAt);
    return true;
  }
}
