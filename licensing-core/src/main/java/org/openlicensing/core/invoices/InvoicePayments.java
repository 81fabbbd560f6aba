package org.openlicensing.core.invoices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceStatus;
import org.openlicensing.api.organizations.Member;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.mail.BillingMails;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.core.support.Ids;

/**
 * Records what a collection attempt gave, in the caller's transaction: a paid invoice is marked
 * PAID and sent with its document to whoever receives the invoices; a failed attempt is kept for
 * the history of the dunning.
 */
public final class InvoicePayments {
  private static final int RECIPIENTS_SCANNED = 100;
  private static final Set<OrganizationRole> BILLING_ROLES =
      Set.of(OrganizationRole.OWNER, OrganizationRole.BILLING);

  private final InvoiceRepository invoices;
  private final OrganizationRepository organizations;
  private final InvoiceRenderer renderer;
  private final BillingMails mails;
  private final Clock clock;

  public InvoicePayments(
      InvoiceRepository invoices,
      OrganizationRepository organizations,
      InvoiceRenderer renderer,
      BillingMails mails,
      Clock clock) {
    this.invoices = invoices;
    this.organizations = organizations;
    this.renderer = renderer;
    this.mails = mails;
    this.clock = clock;
  }

  /** The invoice paid in full by the gateway's payment; returns it as it now is. */
  public Invoice paid(Invoice invoice, String paymentId) {
    Instant now = clock.instant();
    invoices.insertAttempt(
        new PaymentAttempt(
            Ids.newId(clock),
            invoice.id(),
            invoice.total(),
            true,
            Optional.of(paymentId),
            Optional.empty(),
            now));
    invoices.updatePayment(invoice.id(), InvoiceStatus.PAID, invoice.total(), now);
    Invoice paid = invoices.findById(invoice.id()).orElseThrow();
    var document = renderer.render(paid);
    recipients(paid).forEach(to -> mails.invoicePaid(to, paid, document));
    return paid;
  }

  /** An invoice that costs nothing, such as a change billed entirely by a credit. */
  public Invoice settledWithoutPayment(Invoice invoice) {
    invoices.updatePayment(invoice.id(), InvoiceStatus.PAID, invoice.amountPaid(), clock.instant());
    return invoices.findById(invoice.id()).orElseThrow();
  }

  public void failed(Invoice invoice, String failureCode) {
    invoices.insertAttempt(
        new PaymentAttempt(
            Ids.newId(clock),
            invoice.id(),
            invoice.total(),
            false,
            Optional.empty(),
            Optional.of(failureCode),
            clock.instant()));
  }

  /**
   * The billing e-mail of the organization's billing details; without them, its owners and billing
   * managers.
   */
  public List<String> recipients(Invoice invoice) {
    if (invoice.buyer().email().isPresent()) {
      return List.of(invoice.buyer().email().get());
    }
    return managers(invoice.organizationId());
  }

  /** Whoever receives the organization's billing e-mails, as for its invoices. */
  public List<String> recipientsOf(UUID organizationId) {
    return organizations
        .findBillingDetails(organizationId)
        .map(details -> List.of(details.billingEmail()))
        .orElseGet(() -> managers(organizationId));
  }

  private List<String> managers(UUID organizationId) {
    return organizations.members(organizationId, null, RECIPIENTS_SCANNED).stream()
        .filter(m -> BILLING_ROLES.contains(m.role()))
        .map(Member::email)
        .toList();
  }
}
