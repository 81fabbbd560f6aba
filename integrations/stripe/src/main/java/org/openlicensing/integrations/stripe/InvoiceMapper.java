package org.openlicensing.integrations.stripe;

import com.stripe.model.Invoice;
import com.stripe.model.InvoiceLineItem;
import com.stripe.model.InvoicePayment;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.openlicensing.core.billing.provider.ProviderInvoice;

/**
 * A Stripe invoice as the port's {@link ProviderInvoice}, in the shape of API version basil and
 * later: the subscription is under {@code parent.subscription_details}, taxes are the list {@code
 * total_taxes}, and the PaymentIntent is no longer on the invoice but on its {@code payments}.
 */
final class InvoiceMapper {
  private InvoiceMapper() {}

  /**
   * @param lines every line of the invoice, its first page and any further ones
   * @param payments the invoice's payments, as expanded on it
   */
  static ProviderInvoice map(
      Invoice invoice, List<InvoiceLineItem> lines, List<InvoicePayment> payments) {
    return new ProviderInvoice(
        invoice.getId(),
        invoice.getCustomer(),
        subscriptionId(invoice),
        Optional.ofNullable(invoice.getNumber()),
        invoice.getStatus(),
        // Null only on invoices older than billing_reason itself; those were made by hand.
        invoice.getBillingReason() == null ? "manual" : invoice.getBillingReason(),
        Currency.getInstance(invoice.getCurrency().toUpperCase(Locale.ROOT)),
        amount(invoice.getSubtotal()),
        tax(invoice),
        amount(invoice.getTotal()),
        amount(invoice.getAmountPaid()),
        amount(invoice.getAmountRemaining()),
        lines.stream().map(InvoiceLineMapper::map).toList(),
        paymentIntentId(payments),
        StripeTimes.instant(invoice.getCreated()),
        Optional.ofNullable(invoice.getStatusTransitions())
            .flatMap(transitions -> StripeTimes.optional(transitions.getPaidAt())),
        reverseCharge(invoice),
        Optional.ofNullable(invoice.getHostedInvoiceUrl()),
        StripeTimes.optional(invoice.getNextPaymentAttempt()));
  }

  /**
   * Stripe Tax marks a tax the buyer accounts for with {@code taxability_reason} {@code
   * reverse_charge} (an EU business buying across a border, with a VAT id).
   */
  private static boolean reverseCharge(Invoice invoice) {
    return invoice.getTotalTaxes() != null
        && invoice.getTotalTaxes().stream()
            .anyMatch(tax -> "reverse_charge".equals(tax.getTaxabilityReason()));
  }

  private static Optional<String> subscriptionId(Invoice invoice) {
    return Optional.ofNullable(invoice.getParent())
        .map(Invoice.Parent::getSubscriptionDetails)
        .map(Invoice.Parent.SubscriptionDetails::getSubscription);
  }

  private static long tax(Invoice invoice) {
    if (invoice.getTotalTaxes() == null) {
      return 0;
    }
    return invoice.getTotalTaxes().stream()
        .mapToLong(tax -> amount(tax.getAmount()))
        .reduce(0, Math::addExact);
  }

  /**
   * The PaymentIntent that paid the invoice, to refund against; before it is paid, the invoice's
   * default payment (the one Stripe is collecting).
   */
  private static Optional<String> paymentIntentId(List<InvoicePayment> payments) {
    Optional<InvoicePayment> chosen =
        payments.stream().filter(payment -> "paid".equals(payment.getStatus())).findFirst();
    if (chosen.isEmpty()) {
      chosen =
          payments.stream()
              .filter(payment -> Boolean.TRUE.equals(payment.getIsDefault()))
              .findFirst();
    }
    return chosen
        .map(InvoicePayment::getPayment)
        .filter(payment -> "payment_intent".equals(payment.getType()))
        .map(InvoicePayment.Payment::getPaymentIntent);
  }

  static long amount(Long minorUnits) {
    return minorUnits == null ? 0 : minorUnits;
  }
}
