package org.openlicensing.persistence.catalog;

import java.time.Duration;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.TransferRule;

/**
 * A license policy as the columns of {@code plans}, {@code plan_versions} and {@code licenses} hold
 * it. A NULL concurrency limit, as rows from before floating leases have, is the device limit.
 */
public final class PolicyColumns {
  private PolicyColumns() {}

  /** The policy of a row's columns. */
  public static LicensePolicy policy(
      int deviceLimit,
      boolean floating,
      boolean offlineAllowed,
      int graceDays,
      long tokenLifetimeSeconds,
      Integer concurrencyLimit,
      long heartbeatWindowSeconds,
      boolean userBound,
      OverageAllowance overage,
      TransferRule transferRule) {
    return new LicensePolicy(
        deviceLimit,
        floating,
        offlineAllowed,
        graceDays,
        Duration.ofSeconds(tokenLifetimeSeconds),
        concurrencyLimit == null ? deviceLimit : concurrencyLimit,
        Duration.ofSeconds(heartbeatWindowSeconds),
        userBound,
        overage,
        transferRule);
  }
}
