package org.openlicensing.core.billing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Dunning;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.invoices.InvoiceRepository;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.mail.BillingMails;
import org.openlicensing.core.persistence.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects a subscription's open invoice with its payment method: the first attempt of a renewal,
 * the retries of dunning, and the attempt a new payment method makes at once. The gateway is called
 * outside any transaction; what it answered is then recorded under the subscription's lock. Each
 * attempt has its own idempotency key, so an attempt that is repeated after a crash is not charged
 * twice.
 */
public final class InvoiceCollection {
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceCollection.class);
  private final Transactions transactions;
  private final SubscriptionRepository subscriptions;
  private final InvoiceRepository invoices;
  private final InvoicePayments payments;
  private final LicenseRepository licenses;
  private final PaymentGateway gateway;
  private final DunningPolicy dunning;
  private final BillingMails mails;
  private final AuditLog audit;
  private final Clock clock;

  public InvoiceCollection(
      Transactions transactions,
      SubscriptionRepository subscriptions,
      InvoiceRepository invoices,
      InvoicePayments payments,
      LicenseRepository licenses,
      PaymentGateway gateway,
      DunningPolicy dunning,
      BillingMails mails,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.subscriptions = subscriptions;
    this.invoices = invoices;
    this.payments = payments;
    this.licenses = licenses;
    this.gateway = gateway;
    this.dunning = dunning;
    this.mails = mails;
    this.audit = audit;
    this.clock = clock;
  }

  private static final int BATCH = 100;

  /** Runs every attempt that is due: dunning's retries, and first attempts left by a crash. */
  public int runDue() {
    List<UUID> due =
        transactions.inTransaction(() -> subscriptions.dueForCollection(clock.instant(), BATCH));
    int paid = 0;
    for (UUID id : due) {
      try {
        paid += collect(id, false) ? 1 : 0;
      } catch (RuntimeException e) {
        // One broken subscription must not stop the others; the next run tries it again.
        LOG.error("Collection for subscription {} failed", id, e);
      }
    }
    return paid;
  }

  /** What one attempt is about. */
  private record Attempt(Invoice invoice, Optional<String> paymentMethod, String idempotencyKey) {}

  /**
   * Tries the open invoice if an attempt is due, or at once when {@code now} is set.
   *
   * @return whether the invoice is paid now
   */
  public boolean collect(UUID subscriptionId, boolean now) {
    Optional<Attempt> attempt =
        transactions.inTransaction(() -> prepare(subscriptionId, now, clock.instant()));
    if (attempt.isEmpty()) {
      return false;
    }
    ChargeResult result = charge(attempt.get());
    return transactions.inTransaction(() -> record(subscriptionId, attempt.get(), result));
  }

  private Optional<Attempt> prepare(UUID subscriptionId, boolean now, Instant at) {
    Optional<Subscription> found = subscriptions.lock(subscriptionId);
    // A payment service collects the invoices of the subscriptions it runs.
    if (found.isEmpty() || !found.get().status().isLive() || found.get().isProviderManaged()) {
      return Optional.empty();
    }
    Subscription subscription = found.get();
    boolean due =
        subscription.dunning().nextAttemptAt().map(next -> !next.isAfter(at)).orElse(false);
    if (!due && !now) {
      return Optional.empty();
    }
    Optional<Invoice> open = invoices.findOpenBySubscription(subscriptionId);
    if (open.isEmpty()) {
      subscriptions.update(subscription.toBuilder().dunning(Dunning.NONE).build());
      return Optional.empty();
    }
    int attemptNumber = invoices.findAttempts(open.get().id()).size() + 1;
    return Optional.of(
        new Attempt(
            open.get(),
            subscription.paymentMethod(),
            "invoice-" + open.get().id() + "-attempt-" + attemptNumber));
  }

  private ChargeResult charge(Attempt attempt) {
    if (attempt.invoice().total().amount() <= 0) {
      return FREE;
    }
    if (attempt.paymentMethod().isEmpty()) {
      return new ChargeResult.InvalidPaymentMethod("the subscription has no payment method");
    }
    Invoice invoice = attempt.invoice();
    return gateway.charge(
        new Charge(
            invoice.organizationId(),
            invoice.total(),
            attempt.paymentMethod().get(),
            "Invoice " + invoice.number(),
            attempt.idempotencyKey()));
  }

  private boolean record(UUID subscriptionId, Attempt attempt, ChargeResult result) {
    Subscription subscription = subscriptions.lock(subscriptionId).orElseThrow();
    Invoice invoice = invoices.lock(attempt.invoice().id()).orElseThrow();
    if (invoice.status() != InvoiceStatus.OPEN) {
      // Paid or voided meanwhile, by another server or a customer's own attempt.
      return invoice.status() == InvoiceStatus.PAID;
    }
    if (result == FREE) {
      recordPaid(subscription, payments.settledWithoutPayment(invoice), null);
      return true;
    }
    if (result instanceof ChargeResult.Paid paid) {
      recordPaid(subscription, invoice, paid.paymentId());
      return true;
    }
    String code =
        result instanceof ChargeResult.Declined declined
            ? declined.declineCode()
            : "invalid_payment_method";
    recordFailure(subscription, invoice, code);
    return false;
  }

  /** An invoice of nothing, such as a renewal of a free plan: settled without a charge. */
  private static final ChargeResult FREE = new ChargeResult.Paid("none");

  private void recordPaid(Subscription subscription, Invoice invoice, String paymentId) {
    if (paymentId != null) {
      payments.paid(invoice, paymentId);
    }
    licenses.renewAll(subscription.id(), subscription.currentPeriodEnd());
    boolean recovered = subscription.status() != SubscriptionStatus.ACTIVE;
    subscriptions.update(
        Transitions.move(subscription, SubscriptionStatus.ACTIVE).dunning(Dunning.NONE).build());
    audit.record(
        null,
        AuditEntry.onSubscription(
                recovered ? "subscription.activated" : "subscription.renewed",
                subscription.id(),
                subscription.organizationId())
            .with("invoice", invoice.number())
            .with("paidUntil", subscription.currentPeriodEnd().toString()),
        null);
  }

  private void recordFailure(Subscription subscription, Invoice invoice, String code) {
    Instant now = clock.instant();
    payments.failed(invoice, code);
    int failures = subscription.dunning().failedAttempts() + 1;
    Instant since = subscription.dunning().pastDueSince().orElse(now);
    Optional<Instant> next = dunning.nextAttempt(since, failures);
    Dunning state = new Dunning(failures, next, Optional.of(since));
    if (next.isPresent()) {
      SubscriptionStatus status =
          subscription.status() == SubscriptionStatus.UNPAID
              ? SubscriptionStatus.UNPAID
              : SubscriptionStatus.PAST_DUE;
      subscriptions.update(Transitions.move(subscription, status).dunning(state).build());
      payments.recipients(invoice).forEach(to -> mails.paymentFailed(to, invoice, next));
      audit.record(null, failed(subscription, invoice, code, failures), null);
      return;
    }
    giveUp(subscription, invoice, state, code, now);
  }

  /** The retries are spent: the licenses are suspended, and the subscription UNPAID or ended. */
  private void giveUp(
      Subscription subscription, Invoice invoice, Dunning state, String code, Instant now) {
    licenses.suspendAll(subscription.id());
    Subscription.Builder next =
        Transitions.move(subscription, dunning.finalStatus()).dunning(state);
    if (dunning.finalStatus() == SubscriptionStatus.CANCELED) {
      next.endedAt(Optional.of(now)).canceledAt(Optional.of(now));
      invoices.updateStatus(invoice.id(), InvoiceStatus.UNCOLLECTIBLE);
      licenses.expireAll(subscription.id(), now);
    }
    subscriptions.update(next.build());
    payments.recipients(invoice).forEach(to -> mails.licensesSuspended(to, invoice));
    audit.record(
        null,
        failed(subscription, invoice, code, state.failedAttempts())
            .with("licenses", "suspended")
            .with("status", dunning.finalStatus().name()),
        null);
  }

  private static AuditEntry failed(
      Subscription subscription, Invoice invoice, String code, int failures) {
    return AuditEntry.onSubscription(
            "subscription.payment_failed", subscription.id(), subscription.organizationId())
        .with("invoice", invoice.number())
        .with("declineCode", code)
        .with("failedAttempts", Integer.toString(failures));
  }
}
