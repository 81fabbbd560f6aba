package org.openlicensing.api.licenses;

/**
 * The outcome of validating a license key. The rules are checked in the order of this enum, after
 * {@link #VALID}, and the first that applies is the answer:
 *
 * <ol>
 *   <li>{@link #NOT_FOUND}: no license has the key.
 *   <li>{@link #EXPIRED}: past its expiry and grace days, or marked expired.
 *   <li>{@link #SUSPENDED}: suspended, as when its subscription went unpaid.
 *   <li>{@link #REVOKED}: revoked for good.
 *   <li>{@link #NOT_ACTIVATED}: a device asks, and the license is active on no device at all.
 *   <li>{@link #FINGERPRINT_MISMATCH}: a device asks that is not among the license's devices.
 *   <li>{@link #HEARTBEAT_DEAD}: a device of a floating license asks whose lease has died.
 *   <li>{@link #TOO_MANY_ACTIVATIONS}: more devices (or live leases) than its limit and its overage
 *       allowance admit, as after a change to a smaller plan.
 *   <li>{@link #USAGE_LIMIT_REACHED}: a metered quota of the license is used up.
 *   <li>{@link #ENTITLEMENT_MISSING}: the validation asked for an entitlement the license lacks.
 * </ol>
 *
 * The device checks (NOT_ACTIVATED, FINGERPRINT_MISMATCH, HEARTBEAT_DEAD) apply only when the
 * validation names a fingerprint. A license within its overage allowance is VALID, with the
 * result's {@code overage} flag set.
 */
public enum ValidationCode {
  VALID(true),
  NOT_FOUND(false),
  EXPIRED(false),
  SUSPENDED(false),
  REVOKED(false),
  NOT_ACTIVATED(false),
  FINGERPRINT_MISMATCH(false),
  HEARTBEAT_DEAD(false),
  TOO_MANY_ACTIVATIONS(false),
  USAGE_LIMIT_REACHED(false),
  ENTITLEMENT_MISSING(false);

  private final boolean valid;

  ValidationCode(boolean valid) {
    this.valid = valid;
  }

  public boolean isValid() {
    return valid;
  }
}
