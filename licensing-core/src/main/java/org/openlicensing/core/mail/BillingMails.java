package org.openlicensing.core.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.openlicensing.api.invoices.Invoice;
import org.openlicensing.api.invoices.InvoiceDocument;
import org.openlicensing.core.invoices.MoneyText;

/**
 * The e-mails of billing: a paid invoice with its PDF, a failed payment with the next attempt, and
 * licenses suspended after the last one. Queued in the caller's transaction.
 */
public final class BillingMails {
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu").withZone(ZoneOffset.UTC);

  private final Outbox outbox;

  public BillingMails(Outbox outbox) {
    this.outbox = outbox;
  }

  public void invoicePaid(String to, Invoice invoice, InvoiceDocument document) {
    String text =
        "Hello,\n\nthank you for your payment of "
            + MoneyText.format(invoice.total())
            + ". Invoice "
            + invoice.number()
            + " is attached.\n";
    outbox.enqueue(
        new Email(
            to,
            "Invoice " + invoice.number() + " paid",
            text,
            Optional.of("<p>" + Html.escape(text).replace("\n\n", "</p><p>") + "</p>"),
            List.of(
                new Attachment(document.filename(), document.contentType(), document.content()))));
  }

  public void paymentFailed(String to, Invoice invoice, Optional<Instant> nextAttempt) {
    String next =
        nextAttempt
            .map(at -> "We will try again on " + DAY.format(at) + ".")
            .orElse("We will not try again.");
    String text =
        "Hello,\n\nthe payment of "
            + MoneyText.format(invoice.total())
            + " for invoice "
            + invoice.number()
            + " failed. "
            + next
            + " Please update your payment method so that your licenses keep working.\n";
    outbox.enqueue(
        new Email(to, "Payment for invoice " + invoice.number() + " failed", text, html(text)));
  }

  public void licensesSuspended(String to, Invoice invoice) {
    String text =
        "Hello,\n\nwe could not collect "
            + MoneyText.format(invoice.total())
            + " for invoice "
            + invoice.number()
            + " after several attempts, so the licenses of your subscription are suspended. They"
            + " work again as soon as the invoice is paid: update your payment method to pay it.\n";
    outbox.enqueue(new Email(to, "Your licenses are suspended", text, html(text)));
  }

  /** The payment needs the customer, such as 3-D Secure: with the payment service's page if any. */
  public void paymentActionRequired(String to, Invoice invoice, Optional<String> link) {
    String where =
        link.map(url -> " Please confirm it here: " + url)
            .orElse(" Please confirm it through the payment form of your account.");
    String text =
        "Hello,\n\nthe payment of "
            + MoneyText.format(invoice.total())
            + " for invoice "
            + invoice.number()
            + " needs your confirmation with your bank."
            + where
            + "\n";
    outbox.enqueue(
        new Email(
            to, "Please confirm the payment of invoice " + invoice.number(), text, html(text)));
  }

  /** A trial ends soon, and the first payment with it. */
  public void trialEnding(String to, String planName, Instant trialEnd) {
    String text =
        "Hello,\n\nthe trial of your "
            + planName
            + " subscription ends on "
            + DAY.format(trialEnd)
            + ". The first period is then charged to your payment method; cancel before then if"
            + " you do not want to go on.\n";
    outbox.enqueue(new Email(to, "Your trial ends on " + DAY.format(trialEnd), text, html(text)));
  }

  /** The licenses of a subscription canceled at the period end will not renew. */
  public void licensesExpiring(String to, String plan, Instant end, long daysLeft) {
    String text =
        "Hello,\n\nyour "
            + plan
            + " subscription was canceled and ends on "
            + DAY.format(end)
            + ", in "
            + daysLeft
            + (daysLeft == 1 ? " day" : " days")
            + ". Its licenses stop working then. To keep them, resume the subscription before"
            + " that day.\n";
    outbox.enqueue(new Email(to, "Your licenses expire on " + DAY.format(end), text, html(text)));
  }

  private static Optional<String> html(String text) {
    return Optional.of("<p>" + Html.escape(text).replace("\n\n", "</p><p>") + "</p>");
  }
}
