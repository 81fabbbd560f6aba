package org.openlicensing.core.invoices;

import org.openlicensing.api.catalog.Money;

/**
 * Money for people: {@code 1,234.50 EUR}, with as many decimals as the currency has (none for JPY),
 * from integer minor units without any floating point.
 */
public final class MoneyText {
  private MoneyText() {}

  public static String format(Money money) {
    int digits = Math.max(0, money.currency().getDefaultFractionDigits());
    long amount = money.amount();
    String sign = amount < 0 ? "-" : "";
    String magnitude = Long.toString(amount).replace("-", "");
    String units;
    String fraction;
    if (digits == 0) {
      units = magnitude;
      fraction = "";
    } else {
      String padded = "0".repeat(Math.max(0, digits + 1 - magnitude.length())) + magnitude;
      units = padded.substring(0, padded.length() - digits);
      fraction = "." + padded.substring(padded.length() - digits);
    }
    return sign + grouped(units) + fraction + " " + money.currency().getCurrencyCode();
  }

  private static String grouped(String digits) {
    StringBuilder out = new StringBuilder();
    int lead = digits.length() % 3;
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (i - lead) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}
