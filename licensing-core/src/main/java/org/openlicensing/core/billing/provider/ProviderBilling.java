package org.openlicensing.core.billing.provider;

import java.time.Clock;
import org.openlicensing.api.billing.PaymentMethodService;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.billing.SubscriptionEngine;
import org.openlicensing.core.invoices.InvoiceMirrors;
import org.openlicensing.core.invoices.InvoiceParties;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.invoices.PaymentRefunds;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.mail.BillingMails;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.webhooks.InboundEventHandler;

/**
 * Billing by a payment service such as Stripe, wired in one place: the engine behind the
 * subscription service, the setup of payment methods, refunds through the service, and the handler
 * of its webhook events that keeps the mirror.
 */
public final class ProviderBilling {
  private final SubscriptionEngine engine;
  private final PaymentMethodService paymentMethods;
  private final PaymentRefunds refunds;
  private final InboundEventHandler events;

  /** What the built-in billing shares with this one. */
  public record Shared(
      OrganizationAccess access,
      AuditLog audit,
      LicenseIssuer licenseIssuer,
      InvoiceParties parties,
      InvoicePayments payments,
      BillingMails mails) {}

  public ProviderBilling(Persistence p, BillingProvider provider, Shared shared, Clock clock) {
    Transactions tx = p.transactions();
    ProviderCustomers customers =
        new ProviderCustomers(tx, p.billingCustomers(), p.organizations(), provider, clock);
    ProviderAccess access =
        new ProviderAccess(provider, customers, p.subscriptions(), shared.access());
    SubscriptionMirror mirror =
        new SubscriptionMirror(
            p.subscriptions(),
            p.plans(),
            p.licenses(),
            shared.licenseIssuer(),
            shared.audit(),
            clock);
    this.engine =
        new ProviderSubscriptions(
            new ProviderCheckout(
                tx,
                provider,
                customers,
                p.subscriptions(),
                shared.licenseIssuer(),
                shared.audit(),
                clock),
            new ProviderChanges(
                tx,
                p.subscriptions(),
                p.plans(),
                p.licenses(),
                shared.licenseIssuer(),
                access,
                shared.audit(),
                clock),
            new ProviderCancellation(tx, p.subscriptions(), access, mirror, shared.audit()));
    this.paymentMethods = new ProviderPaymentMethods(tx, shared.access(), access, shared.audit());
    this.refunds =
        (paymentId, amount, key) -> {
          try {
            provider.refund(paymentId, amount.amount(), ProviderKeys.bounded("refund-", key));
          } catch (ProviderException e) {
            throw ProviderFailures.of(e);
          }
        };
    SubscriptionSync subscriptionSync = new SubscriptionSync(p.subscriptions(), provider, mirror);
    this.events =
        new ProviderEventHandler(
            provider.name(),
            subscriptionSync,
            new InvoiceSync(
                provider,
                p.subscriptions(),
                p.billingCustomers(),
                subscriptionSync,
                p.invoices(),
                new InvoiceMirrors(p.invoices(), shared.parties(), clock),
                new InvoiceSync.Settlement(
                    shared.payments(), p.licenses(), shared.mails(), shared.audit())),
            new RefundSync(provider, p.invoices(), shared.audit(), clock),
            new ProviderEventHandler.TrialReminders(p.plans(), shared.payments(), shared.mails()));
  }

  public SubscriptionEngine engine() {
    return engine;
  }

  public PaymentMethodService paymentMethods() {
    return paymentMethods;
  }

  public PaymentRefunds refunds() {
    return refunds;
  }

  /** The handler of the service's webhook events; the library registers it as its own. */
  public InboundEventHandler events() {
    return events;
  }
}
