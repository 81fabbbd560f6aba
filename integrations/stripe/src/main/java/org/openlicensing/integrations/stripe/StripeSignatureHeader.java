package org.openlicensing.integrations.stripe;

/**
 * The shape of a {@code Stripe-Signature} header ({@code t=<unix seconds>,v1=<hex>[,v1=...]}),
 * checked only so that a malformed header gets its own message: stripe-java does the cryptographic
 * check, and it would fail on a non-numeric {@code t} with an unchecked NumberFormatException.
 */
final class StripeSignatureHeader {
  private StripeSignatureHeader() {}

  static boolean isWellFormed(String header) {
    int timestamps = 0;
    int v1Signatures = 0;
    for (String element : header.split(",", -1)) {
      String[] pair = element.trim().split("=", 2);
      if (pair.length != 2) {
        return false;
      }
      if (pair[0].equals("t")) {
        if (!isPositiveLong(pair[1])) {
          return false;
        }
        timestamps++;
      } else if (pair[0].equals("v1") && !pair[1].isEmpty()) {
        v1Signatures++;
      }
    }
    return timestamps == 1 && v1Signatures > 0;
  }

  private static boolean isPositiveLong(String value) {
    if (value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
      return false;
    }
    return Long.parseLong(value) > 0;
  }
}
