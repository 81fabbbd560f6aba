package org.openlicensing.api.catalog;

import java.time.Duration;
import java.util.Objects;

/**
 * How the licenses of a plan behave on devices.
 *
 * @param deviceLimit how many devices one license may be active on at once
 * @param floating whether activations are leases kept alive by heartbeats
 * @param offlineAllowed whether a device may run on its signed token without network
 * @param graceDays days a lapsed license keeps working before it counts as expired
 * @param tokenLifetime how long an activation token stays valid offline
 */
public record LicensePolicy(
    int deviceLimit,
    boolean floating,
    boolean offlineAllowed,
    int graceDays,
    Duration tokenLifetime) {

  public LicensePolicy {
    if (deviceLimit < 1) {
      throw new IllegalArgumentException("deviceLimit must be at least 1: " + deviceLimit);
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("graceDays cannot be negative: " + graceDays);
    }
    Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    if (tokenLifetime.isNegative() || tokenLifetime.isZero()) {
      throw new IllegalArgumentException("tokenLifetime must be positive: " + tokenLifetime);
    }
  }
}
