package org.openlicensing.core.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.api.catalog.Money;

class MoneyTextTest {
  @ParameterizedTest(name = "{0} {1} is \"{2}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "0                    | EUR | 0.00 EUR",
        "5                    | EUR | 0.05 EUR",
        "99                   | EUR | 0.99 EUR",
        "100                  | EUR | 1.00 EUR",
        "123450               | EUR | 1,234.50 EUR",
        "100000               | EUR | 1,000.00 EUR",
        "99999999             | EUR | 999,999.99 EUR",
        "123456789012         | EUR | 1,234,567,890.12 EUR",
        "-5                   | EUR | -0.05 EUR",
        "-123450              | EUR | -1,234.50 EUR",
        "-100000              | EUR | -1,000.00 EUR",
        "0                    | JPY | 0 JPY",
        "999                  | JPY | 999 JPY",
        "1500                 | JPY | 1,500 JPY",
        "1234567              | JPY | 1,234,567 JPY",
        "-1500                | JPY | -1,500 JPY",
        "1234567              | BHD | 1,234.567 BHD",
        "7                    | BHD | 0.007 BHD",
        "-1                   | BHD | -0.001 BHD",
        "1234                 | XXX | 1,234 XXX",
        "9223372036854775807  | EUR | 92,233,720,368,547,758.07 EUR",
        "-9223372036854775808 | EUR | -92,233,720,368,547,758.08 EUR",
        "-9223372036854775808 | JPY | -9,223,372,036,854,775,808 JPY"
      })
  void formatsMinorUnitsWithTheCurrencysFractionDigits(
      long minorUnits, String currency, String expected) {
    assertThat(MoneyText.format(Money.of(minorUnits, currency))).isEqualTo(expected);
  }

  @Test
  void percentagesKeepOnlyTheDecimalsThatMatter() {
    assertThat(TextInvoiceRenderer.percent(1_900)).isEqualTo("19 %");
    assertThat(TextInvoiceRenderer.percent(2_550)).isEqualTo("25.5 %");
    assertThat(TextInvoiceRenderer.percent(805)).isEqualTo("8.05 %");
    assertThat(TextInvoiceRenderer.percent(0)).isEqualTo("0 %");
  }
}
