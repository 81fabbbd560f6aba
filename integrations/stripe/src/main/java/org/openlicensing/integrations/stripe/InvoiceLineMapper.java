package org.openlicensing.integrations.stripe;

import com.stripe.model.InvoiceLineItem;
import com.stripe.model.InvoiceLineItem.Parent;
import org.openlicensing.core.billing.provider.ProviderInvoiceLine;

/**
 * An invoice line. Since API version basil, whether a line is a proration is told by its parent:
 * {@code parent.subscription_item_details.proration} for a subscription's line, {@code
 * parent.invoice_item_details.proration} for an invoice item's.
 */
final class InvoiceLineMapper {
  private InvoiceLineMapper() {}

  static ProviderInvoiceLine map(InvoiceLineItem line) {
    return new ProviderInvoiceLine(
        line.getDescription() == null ? "" : line.getDescription(),
        line.getQuantity() == null ? 0 : line.getQuantity(),
        InvoiceMapper.amount(line.getAmount()),
        isProration(line.getParent()),
        StripeTimes.instant(line.getPeriod().getStart()),
        StripeTimes.instant(line.getPeriod().getEnd()));
  }

  private static boolean isProration(Parent parent) {
    if (parent == null) {
      return false;
    }
    if ("subscription_item_details".equals(parent.getType())) {
      return parent.getSubscriptionItemDetails() != null
          && Boolean.TRUE.equals(parent.getSubscriptionItemDetails().getProration());
    }
    if ("invoice_item_details".equals(parent.getType())) {
      return parent.getInvoiceItemDetails() != null
          && Boolean.TRUE.equals(parent.getInvoiceItemDetails().getProration());
    }
    return false;
  }
}
