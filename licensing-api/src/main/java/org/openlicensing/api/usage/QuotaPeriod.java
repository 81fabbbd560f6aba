package org.openlicensing.api.usage;

import java.util.Optional;

/** The span a quota counts over before it starts afresh. */
public enum QuotaPeriod {
  /** The UTC calendar day. */
  DAY("day"),
  /** The UTC calendar month. */
  MONTH("month"),
  /** The current billing period of the license's subscription, from one renewal to the next. */
  PERIOD("period");

  private final String entitlementName;

  QuotaPeriod(String entitlementName) {
    this.entitlementName = entitlementName;
  }

  /** How the period is written in a quota entitlement. */
  public String entitlementName() {
    return entitlementName;
  }

  static Optional<QuotaPeriod> ofEntitlementName(String name) {
    for (QuotaPeriod period : values()) {
      if (period.entitlementName.equals(name)) {
        return Optional.of(period);
      }
    }
    return Optional.empty();
  }
}
