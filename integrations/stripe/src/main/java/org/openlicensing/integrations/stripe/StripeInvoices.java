package org.openlicensing.integrations.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Charge;
import com.stripe.model.Invoice;
import com.stripe.model.InvoiceLineItem;
import com.stripe.model.InvoicePayment;
import com.stripe.model.Refund;
import com.stripe.model.StripeCollection;
import com.stripe.param.InvoiceLineItemListParams;
import com.stripe.param.InvoicePaymentListParams;
import com.stripe.param.InvoiceRetrieveParams;
import com.stripe.param.RefundCreateParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openlicensing.core.billing.provider.ProviderCharge;
import org.openlicensing.core.billing.provider.ProviderInvoice;
import org.openlicensing.core.billing.provider.ProviderRefund;

/**
 * Invoices, charges and refunds as Stripe holds them. Since API version basil an invoice no longer
 * names its PaymentIntent, nor a charge its invoice: both are found through the invoice's payments
 * ({@code InvoicePayment}).
 */
final class StripeInvoices {
  private static final long PAGE = 100;

  private final StripeClient stripe;

  StripeInvoices(StripeClient stripe) {
    this.stripe = stripe;
  }

  /** The invoice with its payments expanded, and every line, following pages past the first. */
  ProviderInvoice fetchInvoice(String invoiceId) throws StripeException {
    Invoice invoice =
        stripe
            .v1()
            .invoices()
            .retrieve(
                invoiceId,
                InvoiceRetrieveParams.builder().addExpand("payments").build(),
                IdempotencyKeys.read());
    List<InvoicePayment> payments =
        invoice.getPayments() == null || invoice.getPayments().getData() == null
            ? List.of()
            : invoice.getPayments().getData();
    return InvoiceMapper.map(invoice, lines(invoice), payments);
  }

  private List<InvoiceLineItem> lines(Invoice invoice) throws StripeException {
    StripeCollection<InvoiceLineItem> page = invoice.getLines();
    List<InvoiceLineItem> lines = new ArrayList<>(page.getData());
    while (Boolean.TRUE.equals(page.getHasMore()) && !page.getData().isEmpty()) {
      String last = page.getData().get(page.getData().size() - 1).getId();
      page =
          stripe
              .v1()
              .invoices()
              .lineItems()
              .list(
                  invoice.getId(),
                  InvoiceLineItemListParams.builder().setStartingAfter(last).setLimit(PAGE).build(),
                  IdempotencyKeys.read());
      lines.addAll(page.getData());
    }
    return lines;
  }

  ProviderCharge fetchCharge(String chargeId) throws StripeException {
    Charge charge = stripe.v1().charges().retrieve(chargeId, IdempotencyKeys.read());
    Optional<String> paymentIntent = Optional.ofNullable(charge.getPaymentIntent());
    Optional<String> invoice =
        paymentIntent.isPresent() ? invoiceOf(paymentIntent.get()) : Optional.empty();
    return new ProviderCharge(
        charge.getId(),
        paymentIntent,
        invoice,
        InvoiceMapper.amount(charge.getAmount()),
        InvoiceMapper.amount(charge.getAmountRefunded()));
  }

  /** {@code GET /v1/invoice_payments?payment[type]=payment_intent&payment[payment_intent]=...} */
  private Optional<String> invoiceOf(String paymentIntentId) throws StripeException {
    InvoicePaymentListParams params =
        InvoicePaymentListParams.builder()
            .setPayment(
                InvoicePaymentListParams.Payment.builder()
                    .setType(InvoicePaymentListParams.Payment.Type.PAYMENT_INTENT)
                    .setPaymentIntent(paymentIntentId)
                    .build())
            .setLimit(1L)
            .build();
    return stripe.v1().invoicePayments().list(params, IdempotencyKeys.read()).getData().stream()
        .findFirst()
        .map(InvoicePayment::getInvoice);
  }

  ProviderRefund refund(String paymentIntentId, long amount, String idempotencyKey)
      throws StripeException {
    if (amount <= 0) {
      throw new IllegalArgumentException("a refund is a positive amount in minor units");
    }
    RefundCreateParams params =
        RefundCreateParams.builder().setPaymentIntent(paymentIntentId).setAmount(amount).build();
    Refund refund = stripe.v1().refunds().create(params, IdempotencyKeys.post(idempotencyKey));
    return new ProviderRefund(
        refund.getId(), InvoiceMapper.amount(refund.getAmount()), refund.getStatus());
  }
}
