package org.openlicensing.rest.licenses;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.rest.catalog.PlanJson.PolicyJson;

/**
 * A license as a device sees it when validating: what it may do, nothing about the people or the
 * organization behind it.
 */
public record DeviceLicenseJson(
    UUID id,
    String status,
    String plan,
    Instant expiresAt,
    int maxActivations,
    int activations,
    List<String> entitlements,
    PolicyJson policy) {

  static DeviceLicenseJson of(LicenseView view) {
    License license = view.license();
    return new DeviceLicenseJson(
        license.id(),
        license.status().name(),
        license.plan(),
        license.expiresAt(),
        license.maxActivations(),
        view.activeActivations(),
        license.entitlements().stream().sorted().toList(),
        PolicyJson.of(license.policy()));
  }
}
