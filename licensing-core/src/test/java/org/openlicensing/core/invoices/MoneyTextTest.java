package org.openlicensing.core.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Money;

class MoneyTextTest {
  @Test
  void formatsMinorUnitsWithTheCurrencysDecimals() {
    assertThat(MoneyText.format(Money.of(123_450, "EUR"))).isEqualTo("1,234.50 EUR");
    assertThat(MoneyText.format(Money.of(5, "EUR"))).isEqualTo("0.05 EUR");
    assertThat(MoneyText.format(Money.of(0, "EUR"))).isEqualTo("0.00 EUR");
    assertThat(MoneyText.format(Money.of(-1_219, "EUR"))).isEqualTo("-12.19 EUR");
    assertThat(MoneyText.format(Money.of(1_234_567, "JPY"))).isEqualTo("1,234,567 JPY");
    assertThat(MoneyText.format(Money.of(1_234, "KWD"))).isEqualTo("1.234 KWD");
    assertThat(MoneyText.format(Money.of(100_000_000, "EUR"))).isEqualTo("1,000,000.00 EUR");
  }

  @Test
  void percentagesKeepOnlyTheDecimalsThatMatter() {
    assertThat(TextInvoiceRenderer.percent(1_900)).isEqualTo("19 %");
    assertThat(TextInvoiceRenderer.percent(2_550)).isEqualTo("25.5 %");
    assertThat(TextInvoiceRenderer.percent(805)).isEqualTo("8.05 %");
    assertThat(TextInvoiceRenderer.percent(0)).isEqualTo("0 %");
  }
}
