package org.openlicensing.api.catalog;

import java.time.Duration;
import java.util.Objects;

/**
 * How the licenses of a plan behave on devices.
 *
 * <p>A node-locked license (the default) runs on up to {@code deviceLimit} activated devices. A
 * floating license also has activated devices up to {@code deviceLimit}, but a device runs only
 * while it holds a lease: a lease lives for {@code heartbeatWindow} after the device's last
 * heartbeat, and at most {@code concurrencyLimit} leases live at once. The two limits are apart so
 * that, say, fifty workstations may be set up while ten run at a time.
 *
 * @param deviceLimit how many devices one license may be activated on at once
 * @param floating whether activations are leases kept alive by heartbeats
 * @param offlineAllowed whether a device may run on its signed token without network
 * @param graceDays days a lapsed license keeps working before it counts as expired
 * @param tokenLifetime how long an activation token stays valid offline
 * @param concurrencyLimit how many leases of a floating license live at once, at most the device
 *     limit; a node-locked license has no leases and its concurrency limit is its device limit
 * @param heartbeatWindow how long a floating lease lives without a heartbeat before it is dead
 * @param userBound whether the license must be assigned to a member before a device activates it
 * @param overage how far past its limits the license may go, reported as overage
 * @param transferRule what happens to the devices when the license changes holder
 */
public record LicensePolicy(
    int deviceLimit,
    boolean floating,
    boolean offlineAllowed,
    int graceDays,
    Duration tokenLifetime,
    int concurrencyLimit,
    Duration heartbeatWindow,
    boolean userBound,
    OverageAllowance overage,
    TransferRule transferRule) {

  /** Ten minutes: a device that heartbeats every few minutes survives a missed beat or two. */
  public static final Duration DEFAULT_HEARTBEAT_WINDOW = Duration.ofMinutes(10);

  public LicensePolicy {
    if (deviceLimit < 1) {
      throw new IllegalArgumentException("deviceLimit must be at least 1: " + deviceLimit);
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("graceDays cannot be negative: " + graceDays);
    }
    requirePositive("tokenLifetime", tokenLifetime);
    if (concurrencyLimit < 1 || concurrencyLimit > deviceLimit) {
      throw new IllegalArgumentException(
          "concurrencyLimit must be between 1 and the device limit "
              + deviceLimit
              + ": "
              + concurrencyLimit);
    }
    if (!floating && concurrencyLimit != deviceLimit) {
      throw new IllegalArgumentException(
          "a node-locked license runs on every activated device: its concurrencyLimit is its"
              + " deviceLimit");
    }
    requirePositive("heartbeatWindow", heartbeatWindow);
    Objects.requireNonNull(overage, "overage");
    Objects.requireNonNull(transferRule, "transferRule");
  }

  /**
   * A policy with the defaults for everything added since the first version: the concurrency limit
   * is the device limit, the heartbeat window {@link #DEFAULT_HEARTBEAT_WINDOW}, not user-bound, no
   * overage, and a transfer deactivates the former holder's devices.
   */
  public LicensePolicy(
      int deviceLimit,
      boolean floating,
      boolean offlineAllowed,
      int graceDays,
      Duration tokenLifetime) {
    this(
        deviceLimit,
        floating,
        offlineAllowed,
        graceDays,
        tokenLifetime,
        deviceLimit,
        DEFAULT_HEARTBEAT_WINDOW,
        false,
        OverageAllowance.NONE,
        TransferRule.DEACTIVATE);
  }

  private static void requirePositive(String name, Duration value) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
  }

  /**
   * This policy, floating: leases up to {@code concurrencyLimit}, each kept alive by heartbeats.
   */
  public LicensePolicy floating(int concurrencyLimit, Duration heartbeatWindow) {
    return new LicensePolicy(
        deviceLimit,
        true,
        offlineAllowed,
        graceDays,
        tokenLifetime,
        concurrencyLimit,
        heartbeatWindow,
        userBound,
        overage,
        transferRule);
  }

  public LicensePolicy withUserBound(boolean bound) {
    return new LicensePolicy(
        deviceLimit,
        floating,
        offlineAllowed,
        graceDays,
        tokenLifetime,
        concurrencyLimit,
        heartbeatWindow,
        bound,
        overage,
        transferRule);
  }

  public LicensePolicy withOverage(OverageAllowance allowance) {
    return new LicensePolicy(
        deviceLimit,
        floating,
        offlineAllowed,
        graceDays,
        tokenLifetime,
        concurrencyLimit,
        heartbeatWindow,
        userBound,
        allowance,
        transferRule);
  }

  public LicensePolicy withTransferRule(TransferRule rule) {
    return new LicensePolicy(
        deviceLimit,
        floating,
        offlineAllowed,
        graceDays,
        tokenLifetime,
        concurrencyLimit,
        heartbeatWindow,
        userBound,
        overage,
        rule);
  }

  /** How many devices may be activated at once, overage included. */
  public int allowedDevices() {
    return overage.allowed(deviceLimit);
  }

  /** How many floating leases may live at once, overage included. */
  public int allowedLeases() {
    return overage.allowed(concurrencyLimit);
  }
}
