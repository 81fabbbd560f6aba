package org.openlicensing.core.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.mail.BillingMails;
import org.openlicensing.core.persistence.Transactions;

/**
 * Tells the customers whose licenses will not renew (the subscription is canceled at the period
 * end) that they expire: 14 days and 3 days before, run by a job. Each reminder is recorded with
 * the e-mail in one transaction, so it goes out exactly once.
 */
public final class ExpiryReminders {
  /** The days before the end of the period on which a reminder goes out, farthest first. */
  static final List<Integer> DAYS_BEFORE = List.of(14, 3);

  private static final int BATCH = 500;

  private final Transactions transactions;
  private final SubscriptionRepository subscriptions;
  private final ReminderLog log;
  private final InvoicePayments recipients;
  private final BillingMails mails;
  private final Clock clock;

  public ExpiryReminders(
      Transactions transactions,
      SubscriptionRepository subscriptions,
      ReminderLog log,
      InvoicePayments recipients,
      BillingMails mails,
      Clock clock) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.log = log;
    this.recipients = recipients;
    this.mails = mails;
    this.clock = clock;
  }

  /** Sends the reminders that are due; returns how many subscriptions were reminded. */
  public int runDue() {
    Instant now = clock.instant();
    Instant horizon = now.plus(Duration.ofDays(DAYS_BEFORE.get(0)));
    return transactions.inTransaction(
        () -> {
          int reminded = 0;
          for (Subscription s : subscriptions.endingWithoutRenewal(now, horizon, BATCH)) {
            reminded += remind(s, now) ? 1 : 0;
          }
          return reminded;
        });
  }

  /** The nearest threshold already reached; earlier ones that were missed are not sent late. */
  private boolean remind(Subscription subscription, Instant now) {
    Instant end = subscription.currentPeriodEnd();
    Integer due = null;
    for (int days : DAYS_BEFORE) {
      if (!now.isBefore(end.minus(Duration.ofDays(days)))) {
        due = days;
      }
    }
    if (due == null || !log.markSent(subscription.id(), end, due, now)) {
      return false;
    }
    long daysLeft = Math.max(1, Duration.between(now, end).toDays());
    recipients
        .recipientsOf(subscription.organizationId())
        .forEach(to -> mails.licensesExpiring(to, subscription.plan(), end, daysLeft));
    return true;
  }
}
