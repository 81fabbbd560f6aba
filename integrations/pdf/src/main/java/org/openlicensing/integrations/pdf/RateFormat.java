package org.openlicensing.integrations.pdf;

/**
 * Writes a VAT rate given in basis points as a percentage with as few decimals as it needs: 1900 is
 * {@code "19 %"}, 1950 is {@code "19.5 %"}, 725 is {@code "7.25 %"}. Integer division only, so a
 * rate never shows as 19.499999.
 */
final class RateFormat {
  private RateFormat() {}

  static String percent(int basisPoints) {
    if (basisPoints < 0) {
      throw new IllegalArgumentException("a rate is not negative: " + basisPoints);
    }
    int whole = basisPoints / 100;
    int hundredths = basisPoints % 100;
    if (hundredths == 0) {
      return whole + " %";
    }
    String fraction =
        hundredths % 10 == 0 ? Integer.toString(hundredths / 10) : twoDigits(hundredths);
    return whole + "." + fraction + " %";
  }

  private static String twoDigits(int hundredths) {
    return hundredths < 10 ? "0" + hundredths : Integer.toString(hundredths);
  }
}
