package org.openlicensing.persistence.billing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.openlicensing.core.billing.ReminderLog;
import org.openlicensing.persistence.JpaTransactions;

/** Reminders sent, inserted unless present: the primary key decides which server sends one. */
public final class JpaReminderLog implements ReminderLog {
  private final JpaTransactions transactions;

  public JpaReminderLog(JpaTransactions transactions) {
    this.transactions = transactions;
  }

  @Override
  public boolean markSent(UUID subscriptionId, Instant periodEnd, int daysBefore, Instant sentAt) {
    return transactions
            .entityManager()
            .createNativeQuery(
                "INSERT INTO expiry_reminders (subscription_id, period_end, days_before, sent_at)"
                    + " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .setParameter(1, subscriptionId)
            .setParameter(2, OffsetDateTime.ofInstant(periodEnd, ZoneOffset.UTC))
            .setParameter(3, daysBefore)
            .setParameter(4, OffsetDateTime.ofInstant(sentAt, ZoneOffset.UTC))
            .executeUpdate()
        == 1;
  }
}
