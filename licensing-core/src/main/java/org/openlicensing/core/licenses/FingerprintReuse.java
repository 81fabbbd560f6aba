package org.openlicensing.core.licenses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.security.SecurityLog;

/**
 * Watches for one device activated under several licenses. That is allowed (a developer's machine
 * may run two products), but it is also what a shared or resold key looks like, so security
 * monitoring is told, with the licenses involved.
 */
final class FingerprintReuse {
  /** Enough to show a pattern; a fingerprint on hundreds of licenses needs no full list. */
  static final int MAX_LISTED = 10;

  private final ActivationRepository activations;
  private final SecurityLog security;

  FingerprintReuse(ActivationRepository activations, SecurityLog security) {
    this.activations = activations;
    this.security = security;
  }

  /** The other licenses the new activation's device is active on; in the caller's transaction. */
  List<UUID> otherLicenses(Activation activation) {
    return activations.licensesWithActiveFingerprint(
        activation.fingerprint(), activation.licenseId(), MAX_LISTED);
  }

  /** Records the reuse, in a transaction of its own, after the activation has committed. */
  void report(License license, Activation activation, List<UUID> others, ClientInfo client) {
    Map<String, String> details = new LinkedHashMap<>();
    details.put("licenseId", license.id().toString());
    details.put("organizationId", license.organizationId().toString());
    details.put("activationId", activation.id().toString());
    details.put("fingerprint", activation.fingerprint());
    details.put(
        "otherLicenseIds", others.stream().map(UUID::toString).collect(Collectors.joining(",")));
    security.record(
        SecurityEventType.FINGERPRINT_REUSED,
        license.assigneeId().orElse(null),
        null,
        client == null ? ClientInfo.UNKNOWN : client,
        details);
  }
}
