package org.openlicensing.api.invoices;

import java.util.Objects;
import java.util.Optional;
import org.openlicensing.api.catalog.Money;

/**
 * The VAT of an invoice.
 *
 * @param country the country whose rate applies, ISO 3166-1 alpha-2
 * @param rateBasisPoints the rate in hundredths of a percent: 1900 is 19 %
 * @param reverseCharge whether the buyer accounts for the VAT (EU business customers with a VAT id
 *     in another member state); the rate and amount are then zero
 * @param note what the invoice must say about the tax, such as the reverse charge notice
 */
public record Tax(
    String country,
    int rateBasisPoints,
    Money amount,
    boolean reverseCharge,
    Optional<String> note) {
  public Tax {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(amount, "amount");
    if (rateBasisPoints < 0 || rateBasisPoints > 10_000) {
      throw new IllegalArgumentException(
          "a VAT rate is 0 to 10000 basis points: " + rateBasisPoints);
    }
    if (reverseCharge && (rateBasisPoints != 0 || amount.amount() != 0)) {
      throw new IllegalArgumentException("a reverse-charged invoice carries no VAT");
    }
    note = note == null ? Optional.empty() : note;
  }
}
