package org.openlicensing.core.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.invoices.InvoiceRepository;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.persistence.Transactions;

/**
 * Ending subscriptions: at the end of the period (taken back with resume while it lasts), or now.
 * Ending now expires the licenses at once and voids an invoice still open, which is no longer owed.
 * Runs under the subscription's lock; the caller's right to do it is checked before.
 */
public final class SubscriptionCancellation {
  private final Transactions transactions;
  private final SubscriptionRepository subscriptions;
  private final InvoiceRepository invoices;
  private final LicenseRepository licenses;
  private final AuditLog audit;
  private final Clock clock;

  public SubscriptionCancellation(
      Transactions transactions,
      SubscriptionRepository subscriptions,
      InvoiceRepository invoices,
      LicenseRepository licenses,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.invoices = invoices;
    this.licenses = licenses;
    this.audit = audit;
    this.clock = clock;
  }

  public Subscription atPeriodEnd(Caller caller, UUID subscriptionId, ClientInfo client) {
    return transactions.inTransaction(
        () -> {
          Subscription subscription = subscriptions.lock(subscriptionId).orElseThrow();
          if (!subscription.isCancelable()) {
            throw new LicensingException(
                ErrorCode.CONFLICT, "the subscription is canceled or has ended already");
          }
          Subscription canceled = subscription.canceledAt(clock.instant());
          subscriptions.update(canceled);
          audit.record(
              caller,
              entry("subscription.canceled", subscription)
                  .with("endsAt", subscription.currentPeriodEnd().toString()),
              client);
          return canceled;
        });
  }

  public Subscription now(Caller caller, UUID subscriptionId, ClientInfo client) {
    return transactions.inTransaction(
        () -> {
          Instant now = clock.instant();
          Subscription subscription = subscriptions.lock(subscriptionId).orElseThrow();
          Subscription ended = SubscriptionEnding.endNow(subscription, now);
          subscriptions.update(ended);
          licenses.expireAll(subscriptionId, now);
          invoices
              .findOpenBySubscription(subscriptionId)
              .ifPresent(open -> invoices.updateStatus(open.id(), InvoiceStatus.VOID));
          audit.record(caller, entry("subscription.canceled_now", subscription), client);
          return ended;
        });
  }

  public Subscription resume(Caller caller, UUID subscriptionId, ClientInfo client) {
    return transactions.inTransaction(
        () -> {
          Subscription subscription = subscriptions.lock(subscriptionId).orElseThrow();
          Transitions.requireLive(subscription);
          if (!subscription.cancelAtPeriodEnd()) {
            throw new LicensingException(
                ErrorCode.INVALID_STATE_TRANSITION, "the subscription is not canceled");
          }
          Subscription resumed =
              subscription.toBuilder()
                  .cancelAtPeriodEnd(false)
                  .canceledAt(Optional.empty())
                  .build();
          subscriptions.update(resumed);
          audit.record(caller, entry("subscription.resumed", subscription), client);
          return resumed;
        });
  }

  private static AuditEntry entry(String action, Subscription subscription) {
    return AuditEntry.onSubscription(action, subscription.id(), subscription.organizationId());
  }
}
