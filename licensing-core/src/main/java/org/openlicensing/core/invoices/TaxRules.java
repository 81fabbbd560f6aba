package org.openlicensing.core.invoices;

import java.util.Optional;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.invoices.Tax;

/**
 * VAT on digital services sold from the seller's country, by the rules of the EU VAT directive:
 *
 * <ul>
 *   <li>a buyer in the seller's own country pays that country's rate;
 *   <li>a business buyer in another member state, with a VAT id, accounts for the VAT itself
 *       (reverse charge, Art. 196), and the invoice says so;
 *   <li>a consumer in another member state pays the rate of the buyer's country (the place of
 *       supply of electronic services, Art. 58; collected through the OSS);
 *   <li>a buyer outside the EU pays no EU VAT.
 * </ul>
 *
 * A seller outside the EU charges only its own country's rate, to buyers in that country. Amounts
 * are rounded half away from zero to the minor unit.
 */
public final class TaxRules {
  static final String REVERSE_CHARGE_NOTE =
      "Reverse charge: VAT to be accounted for by the recipient (Article 196, Directive"
          + " 2006/112/EC).";
  static final String OUTSIDE_EU_NOTE = "Not subject to EU VAT: the customer is outside the EU.";

  private final VatRates rates;

  public TaxRules(VatRates rates) {
    this.rates = rates;
  }

  public Tax taxFor(Party seller, Party buyer, Money subtotal) {
    String sellerCountry = seller.country();
    String buyerCountry = buyer.country();
    if (buyerCountry.equals(sellerCountry)) {
      return charged(buyerCountry, subtotal);
    }
    if (!VatRates.inEu(sellerCountry)) {
      return none(buyerCountry, subtotal, Optional.empty());
    }
    if (!VatRates.inEu(buyerCountry)) {
      return none(buyerCountry, subtotal, Optional.of(OUTSIDE_EU_NOTE));
    }
    if (buyer.vatId().isPresent()) {
      return new Tax(
          buyerCountry, 0, Money.zero(subtotal.currency()), true, Optional.of(REVERSE_CHARGE_NOTE));
    }
    return charged(buyerCountry, subtotal);
  }

  private Tax charged(String country, Money subtotal) {
    int rate = rates.rateOf(country).orElse(0);
    return new Tax(country, rate, percentOf(subtotal, rate), false, Optional.empty());
  }

  private static Tax none(String country, Money subtotal, Optional<String> note) {
    return new Tax(country, 0, Money.zero(subtotal.currency()), false, note);
  }

  /** {@code amount × basisPoints / 10000}, rounded half away from zero, in integers. */
  static Money percentOf(Money amount, int basisPoints) {
    long product = Math.multiplyExact(Math.abs(amount.amount()), (long) basisPoints);
    long rounded = (product + 5_000) / 10_000;
    return new Money(amount.amount() < 0 ? -rounded : rounded, amount.currency());
  }
}
