package org.openlicensing.core.billing;

import java.time.Clock;
import java.util.Optional;
import org.openlicensing.api.admin.AdminSubscriptionService;
import org.openlicensing.api.billing.PaymentMethodService;
import org.openlicensing.api.billing.SubscriptionService;
import org.openlicensing.api.invoices.InvoiceService;
import org.openlicensing.api.invoices.RefundService;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.billing.provider.BillingProvider;
import org.openlicensing.core.billing.provider.ProviderBilling;
import org.openlicensing.core.invoices.DefaultInvoiceService;
import org.openlicensing.core.invoices.DefaultRefundService;
import org.openlicensing.core.invoices.InvoiceIssuer;
import org.openlicensing.core.invoices.InvoiceParties;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.invoices.PaymentRefunds;
import org.openlicensing.core.invoices.TaxRules;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.licenses.LicenseLapses;
import org.openlicensing.core.mail.BillingMails;
import org.openlicensing.core.mail.Outbox;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.webhooks.InboundEventHandler;

/**
 * The billing, wired in one place: buying and changing subscriptions, invoices, refunds, support's
 * overview, and the time-driven steps (renewals, collection and dunning, lapsed licenses) that a
 * job runner calls. With a payment service (Stripe), the subscriptions run there instead: buying,
 * changing and ending go through it, refunds too, its webhook events keep the mirror, and the
 * renewal and collection steps leave its subscriptions alone.
 */
public final class BillingServices {
  private final SubscriptionService subscriptions;
  private final InvoiceService invoices;
  private final RefundService refunds;
  private final AdminSubscriptionService adminSubscriptions;
  private final SubscriptionRenewals renewals;
  private final InvoiceCollection collection;
  private final LicenseLapses lapses;
  private final ExpiryReminders reminders;
  private final PaymentMethodService paymentMethods;
  private final Optional<InboundEventHandler> providerEvents;

  /**
   * @param provider the payment service that runs the subscriptions; empty for the built-in billing
   *     through the gateway
   */
  public BillingServices(
      Persistence p,
      PaymentGateway gateway,
      Optional<BillingProvider> provider,
      BillingSettings settings,
      OrganizationAccess access,
      AuditLog audit,
      Outbox outbox,
      LicenseIssuer licenseIssuer,
      Clock clock) {
    Transactions tx = p.transactions();
    InvoiceParties parties = new InvoiceParties(p.organizations(), settings.seller());
    InvoiceIssuer issuer =
        new InvoiceIssuer(p.invoices(), parties, new TaxRules(settings.vatRates()), clock);
    InvoicePayments payments =
        new InvoicePayments(
            p.invoices(), p.organizations(), settings.renderer(), new BillingMails(outbox), clock);
    this.collection =
        new InvoiceCollection(
            tx,
            p.subscriptions(),
            p.invoices(),
            payments,
            p.licenses(),
            gateway,
            settings.dunning(),
            new BillingMails(outbox),
            audit,
            clock);
    SubscriptionCancellation cancellation =
        new SubscriptionCancellation(
            tx, p.subscriptions(), p.invoices(), p.licenses(), audit, clock);
    SubscriptionEngine sandbox =
        new SandboxEngine(
            new SubscriptionCheckout(
                tx, gateway, p.subscriptions(), licenseIssuer, issuer, payments, clock),
            new SubscriptionChanges(
                tx,
                p.subscriptions(),
                p.plans(),
                p.licenses(),
                licenseIssuer,
                access,
                gateway,
                issuer,
                payments,
                collection,
                audit,
                clock),
            cancellation);
    Optional<ProviderBilling> viaProvider =
        provider.map(
            service ->
                new ProviderBilling(
                    p,
                    service,
                    new ProviderBilling.Shared(
                        access, audit, licenseIssuer, parties, payments, new BillingMails(outbox)),
                    clock));
    SubscriptionEngine engine = viaProvider.map(ProviderBilling::engine).orElse(sandbox);
    PaymentRefunds paymentRefunds =
        viaProvider.map(ProviderBilling::refunds).orElse(gateway::refund);
    this.paymentMethods =
        viaProvider
            .map(ProviderBilling::paymentMethods)
            .orElseGet(() -> new SandboxPaymentMethods(tx, access));
    this.providerEvents = viaProvider.map(ProviderBilling::events);
    this.subscriptions =
        new DefaultSubscriptionService(tx, p.plans(), p.subscriptions(), access, engine);
    this.invoices = new DefaultInvoiceService(tx, p.invoices(), access, settings.renderer());
    this.refunds = new DefaultRefundService(tx, p.invoices(), paymentRefunds, audit, clock);
    this.adminSubscriptions =
        new DefaultAdminSubscriptionService(
            tx,
            p.subscriptions(),
            p.invoices(),
            p.plans(),
            p.licenses(),
            licenseIssuer,
            engine,
            audit,
            clock);
    this.renewals =
        new SubscriptionRenewals(
            tx, p.subscriptions(), p.plans(), p.licenses(), issuer, collection, audit, clock);
    this.lapses = new LicenseLapses(tx, p.licenses(), clock);
    this.reminders =
        new ExpiryReminders(
            tx, p.subscriptions(), p.reminderLog(), payments, new BillingMails(outbox), clock);
  }

  public SubscriptionService subscriptions() {
    return subscriptions;
  }

  /** Setting up payment methods with Stripe.js; CONFLICT in the sandbox. */
  public PaymentMethodService paymentMethods() {
    return paymentMethods;
  }

  /** The handler of the payment service's webhook events, when one runs the subscriptions. */
  public Optional<InboundEventHandler> providerEvents() {
    return providerEvents;
  }

  public InvoiceService invoices() {
    return invoices;
  }

  public RefundService refunds() {
    return refunds;
  }

  public AdminSubscriptionService adminSubscriptions() {
    return adminSubscriptions;
  }

  /** Turns the subscriptions whose period ended; a job calls it every minute or so. */
  public int renewDue() {
    return renewals.runDue();
  }

  /** Runs the payment attempts that are due: dunning's retries. */
  public int collectDue() {
    return collection.runDue();
  }

  /** Marks lapsed licenses EXPIRED. */
  public int lapseDue() {
    return lapses.runDue();
  }

  /** Reminds customers 14 and 3 days before licenses that will not renew expire. */
  public int remindDue() {
    return reminders.runDue();
  }
}
