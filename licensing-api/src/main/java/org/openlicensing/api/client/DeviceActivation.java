package org.openlicensing.api.client;

import java.util.Objects;
import java.util.UUID;
import org.openlicensing.api.tokens.LicenseTokenClaims;

/**
 * An activation the server granted or renewed, with its token's claims, already verified against
 * the pinned keys and cached.
 *
 * @param id the activation, as {@code DELETE /v1/activations/{id}} names it
 * @param claims what the fresh token says (license, plan, entitlements, expiry)
 * @param newSlot whether this call took a slot of the license; {@code false} when the device was
 *     active already (same fingerprint) or renewed its token by heartbeat
 */
public record DeviceActivation(UUID id, LicenseTokenClaims claims, boolean newSlot) {
  public DeviceActivation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(claims, "claims");
    if (!id.equals(claims.activationId())) {
      throw new IllegalArgumentException("the token names activation " + claims.activationId());
    }
  }
}
