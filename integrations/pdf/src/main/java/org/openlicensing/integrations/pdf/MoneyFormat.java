package org.openlicensing.integrations.pdf;

import org.openlicensing.api.catalog.Money;

/**
 * Writes an amount for people, from its minor units and the currency's number of fraction digits:
 * {@code 123450 EUR} is {@code "1,234.50 EUR"}, {@code -5000 JPY} is {@code "-5,000 JPY"}. The
 * digits are worked on as a string of the integer, never as a floating-point number, so no amount
 * is ever rounded. The code goes after the number, with a comma between thousands and a point
 * before the fraction, whatever the locale of the machine.
 */
final class MoneyFormat {
  private MoneyFormat() {}

  static String format(Money money) {
    // Pseudo-currencies such as XXX have no fraction digits (-1): show their units whole.
    int fractionDigits = Math.max(0, money.currency().getDefaultFractionDigits());
    String signed = Long.toString(money.amount());
    boolean negative = signed.startsWith("-");
    // Long.MIN_VALUE has no positive counterpart; its digits as a string do.
    String digits = negative ? signed.substring(1) : signed;
    if (digits.length() <= fractionDigits) {
      digits = "0".repeat(fractionDigits - digits.length() + 1) + digits;
    }
    String whole = digits.substring(0, digits.length() - fractionDigits);
    String fraction = digits.substring(digits.length() - fractionDigits);
    StringBuilder out = new StringBuilder();
    if (negative) {
      out.append('-');
    }
    out.append(grouped(whole));
    if (fractionDigits > 0) {
      out.append('.').append(fraction);
    }
    return out.append(' ').append(money.currency().getCurrencyCode()).toString();
  }

  private static String grouped(String whole) {
    StringBuilder out = new StringBuilder(whole.length() + whole.length() / 3);
    int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    out.append(whole, 0, firstGroup);
    for (int i = firstGroup; i < whole.length(); i += 3) {
      out.append(',').append(whole, i, i + 3);
    }
    return out.toString();
  }
}
