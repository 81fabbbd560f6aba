package org.openlicensing.core.billing;

import java.util.Objects;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.core.invoices.InvoiceRenderer;
import org.openlicensing.core.invoices.VatRates;

/**
 * How the built-in billing runs: who sells, the VAT table, how failed payments are chased, and how
 * invoices are rendered.
 */
public record BillingSettings(
    Party seller, VatRates vatRates, DunningPolicy dunning, InvoiceRenderer renderer) {
  public BillingSettings {
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(vatRates, "vatRates");
    Objects.requireNonNull(dunning, "dunning");
    Objects.requireNonNull(renderer, "renderer");
  }
}
