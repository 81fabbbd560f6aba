package org.openlicensing.api.licenses;

import java.time.Instant;
import java.util.Objects;

/**
 * An activation and the signed token the device keeps to run offline.
 *
 * @param created false when the fingerprint was already active and no new slot was used
 */
public record ActivationGrant(
    Activation activation, String token, Instant tokenExpiresAt, boolean created) {
  public ActivationGrant {
    Objects.requireNonNull(activation, "activation");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(tokenExpiresAt, "tokenExpiresAt");
  }
}
