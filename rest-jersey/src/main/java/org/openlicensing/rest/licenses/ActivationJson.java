package org.openlicensing.rest.licenses;

import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.ActivationGrant;

/**
 * An activation and the signed token the device keeps; {@code expiresAt} is the token's. Under a
 * floating license, {@code leaseExpiresAt} is when the device's lease dies without a heartbeat
 * (null otherwise).
 */
public record ActivationJson(
    UUID id,
    UUID licenseId,
    String fingerprint,
    String name,
    String platform,
    Instant createdAt,
    Instant lastSeenAt,
    Instant leaseExpiresAt,
    String token,
    Instant expiresAt) {

  static ActivationJson of(ActivationGrant grant) {
    Activation a = grant.activation();
    return new ActivationJson(
        a.id(),
        a.licenseId(),
        a.fingerprint(),
        a.name().orElse(null),
        a.platform().orElse(null),
        a.createdAt(),
        a.lastSeenAt(),
        a.leaseExpiresAt().orElse(null),
        grant.token(),
        grant.tokenExpiresAt());
  }
}
