package org.openlicensing.core.billing.provider;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.core.invoices.InvoiceMirrors;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.invoices.InvoiceRepository;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.mail.BillingMails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mirrors a provider's invoice as it is now, for an event about it. A draft is not mirrored; a
 * finalized one is stored once, with its own number, and then only moves forward: open to paid,
 * void or uncollectible, uncollectible to paid or void. The move to paid happens once, and with it
 * the payment is recorded (with the PaymentIntent, to refund against), the licenses run to the end
 * of the subscription's period (read fresh from the provider), and the document is e-mailed. A
 * failed payment and a payment that needs the customer are recorded and e-mailed only while the
 * invoice is still open: after it was paid, an older failure is no news. Runs in the caller's
 * transaction; the subscription is locked before the invoice, as everywhere.
 */
public final class InvoiceSync {
  private static final Logger LOG = LoggerFactory.getLogger(InvoiceSync.class);

  private final BillingProvider provider;
  private final SubscriptionRepository subscriptions;
  private final BillingCustomerRepository customers;
  private final SubscriptionSync subscriptionSync;
  private final InvoiceRepository invoices;
  private final InvoiceMirrors mirrors;
  private final Settlement settlement;

  /** What a paid, failed or blocked payment sets off. */
  public record Settlement(
      InvoicePayments payments, LicenseRepository licenses, BillingMails mails, AuditLog audit) {}

  public InvoiceSync(
      BillingProvider provider,
      SubscriptionRepository subscriptions,
      BillingCustomerRepository customers,
      SubscriptionSync subscriptionSync,
      InvoiceRepository invoices,
      InvoiceMirrors mirrors,
      Settlement settlement) {
    this.provider = provider;
    this.subscriptions = subscriptions;
    this.customers = customers;
    this.subscriptionSync = subscriptionSync;
    this.invoices = invoices;
    this.mirrors = mirrors;
    this.settlement = settlement;
  }

  /**
   * @param eventType the event that told of the invoice, such as {@code invoice.payment_failed}
   * @throws IllegalStateException when the invoice's subscription was made by the library but is
   *     not stored yet: the event is retried later
   */
  public void sync(String providerInvoiceId, String eventType) {
    ProviderInvoice theirs = provider.fetchInvoice(providerInvoiceId);
    Optional<InvoiceStatus> status = InvoiceMirrors.statusOf(theirs.status());
    if (status.isEmpty()) {
      LOG.debug("Invoice {} is {}: mirrored once finalized", theirs.id(), theirs.status());
      return;
    }
    Optional<Subscription> subscription =
        theirs.subscriptionId().flatMap(subscriptions::findByProviderSubscriptionId);
    Optional<UUID> organization =
        subscription
            .map(Subscription::organizationId)
            .or(
                () ->
                    customers
                        .findByCustomerId(theirs.customerId())
                        .map(BillingCustomer::organizationId));
    if (organization.isEmpty()) {
      LOG.info("Invoice {} is of a customer this library did not make; ignored", theirs.id());
      return;
    }
    if (theirs.subscriptionId().isPresent() && subscription.isEmpty()) {
      throw new IllegalStateException(
          "the subscription "
              + theirs.subscriptionId().get()
              + " of "
              + theirs.id()
              + " is not"
              + " stored yet");
    }
    Optional<Subscription> current =
        status.get() == InvoiceStatus.PAID && subscription.isPresent()
            ? subscriptionSync.sync(theirs.subscriptionId().get())
            : subscription.flatMap(s -> subscriptions.lock(s.id()));
    Invoice ours =
        invoices
            .findByProviderInvoiceId(theirs.id())
            .flatMap(found -> invoices.lock(found.id()))
            .orElseGet(
                () -> mirrors.insert(organization.get(), current.map(Subscription::id), theirs));
    ours = settle(ours, status.get(), theirs, current);
    if (ours.status() == InvoiceStatus.OPEN) {
      tell(ours, eventType, theirs);
    }
  }

  private Invoice settle(
      Invoice ours, InvoiceStatus target, ProviderInvoice theirs, Optional<Subscription> current) {
    boolean settleable =
        ours.status() == InvoiceStatus.OPEN || ours.status() == InvoiceStatus.UNCOLLECTIBLE;
    if (ours.status() == target || !settleable) {
      return ours;
    }
    switch (target) {
      case PAID -> {
        Invoice paid =
            ours.total().amount() == 0
                ? settlement.payments().settledWithoutPayment(ours)
                : settlement.payments().paid(ours, theirs.paymentIntentId().orElse(theirs.id()));
        current
            .filter(s -> s.status().isLive())
            .ifPresent(s -> settlement.licenses().renewAll(s.id(), s.currentPeriodEnd()));
        settlement
            .audit()
            .record(
                null,
                AuditEntry.onInvoice("invoice.paid", ours.id(), ours.organizationId())
                    .with("invoice", ours.number())
                    .with("providerInvoice", theirs.id()),
                null);
        return paid;
      }
      case VOID -> invoices.updateStatus(ours.id(), InvoiceStatus.VOID);
      case UNCOLLECTIBLE -> {
        if (ours.status() == InvoiceStatus.OPEN) {
          invoices.updateStatus(ours.id(), InvoiceStatus.UNCOLLECTIBLE);
        }
      }
      case OPEN -> {
        // An invoice never goes back to open.
      }
    }
    return invoices.findById(ours.id()).orElseThrow();
  }

  private void tell(Invoice ours, String eventType, ProviderInvoice theirs) {
    InvoicePayments payments = settlement.payments();
    switch (eventType) {
      case "invoice.payment_failed" -> {
        payments.failed(ours, "payment_failed");
        payments
            .recipients(ours)
            .forEach(to -> settlement.mails().paymentFailed(to, ours, theirs.nextPaymentAttempt()));
      }
      case "invoice.payment_action_required" ->
          payments
              .recipients(ours)
              .forEach(
                  to ->
                      settlement
                          .mails()
                          .paymentActionRequired(to, ours, theirs.hostedInvoiceUrl()));
      default -> {
        // Other events only mirror the invoice.
      }
    }
  }
}
