package org.openlicensing.core.billing;

import java.time.Clock;
import org.openlicensing.api.admin.AdminSubscriptionService;
import org.openlicensing.api.billing.SubscriptionService;
import org.openlicensing.api.invoices.InvoiceService;
import org.openlicensing.api.invoices.RefundService;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.invoices.DefaultInvoiceService;
import org.openlicensing.core.invoices.DefaultRefundService;
import org.openlicensing.core.invoices.InvoiceIssuer;
import org.openlicensing.core.invoices.InvoiceParties;
import org.openlicensing.core.invoices.InvoicePayments;
import org.openlicensing.core.invoices.TaxRules;
import org.openlicensing.core.licenses.LicenseIssuer;
import org.openlicensing.core.licenses.LicenseLapses;
import org.openlicensing.core.mail.BillingMails;
import org.openlicensing.core.mail.Outbox;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.persistence.Transactions;

/**
 * The built-in billing, wired in one place: buying and changing subscriptions, invoices, refunds,
 * support's overview, and the time-driven steps (renewals, collection and dunning, lapsed licenses)
 * that a job runner calls.
 */
public final class BillingServices {
  private final SubscriptionService subscriptions;
  private final InvoiceService invoices;
  private final RefundService refunds;
  private final AdminSubscriptionService adminSubscriptions;
  private final SubscriptionRenewals renewals;
  private final InvoiceCollection collection;
  private final LicenseLapses lapses;

  public BillingServices(
      Persistence p,
      PaymentGateway gateway,
      BillingSettings settings,
      OrganizationAccess access,
      AuditLog audit,
      Outbox outbox,
      LicenseIssuer licenseIssuer,
      Clock clock) {
    Transactions tx = p.transactions();
    InvoiceIssuer issuer =
        new InvoiceIssuer(
            p.invoices(),
            new InvoiceParties(p.organizations(), settings.seller()),
            new TaxRules(settings.vatRates()),
            clock);
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
    this.subscriptions =
        new DefaultSubscriptionService(
            tx,
            p.plans(),
            p.subscriptions(),
            access,
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
    this.invoices = new DefaultInvoiceService(tx, p.invoices(), access, settings.renderer());
    this.refunds = new DefaultRefundService(tx, p.invoices(), gateway, audit, clock);
    this.adminSubscriptions =
        new DefaultAdminSubscriptionService(
            tx,
            p.subscriptions(),
            p.invoices(),
            p.plans(),
            p.licenses(),
            licenseIssuer,
            cancellation,
            audit,
            clock);
    this.renewals =
        new SubscriptionRenewals(
            tx, p.subscriptions(), p.plans(), p.licenses(), issuer, collection, audit, clock);
    this.lapses = new LicenseLapses(tx, p.licenses(), clock);
  }

  public SubscriptionService subscriptions() {
    return subscriptions;
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
}
