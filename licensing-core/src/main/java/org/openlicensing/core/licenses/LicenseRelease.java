package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Takes an organization's licenses back from the accounts that hold them and deactivates the
 * devices that ran under them, as when members leave. Runs in the caller's transaction.
 */
public final class LicenseRelease {
  private final LicenseRepository licenses;
  private final ActivationRepository activations;

  public LicenseRelease(LicenseRepository licenses, ActivationRepository activations) {
    this.licenses = licenses;
    this.activations = activations;
  }

  public Released releaseFrom(UUID organizationId, Collection<UUID> accountIds, Instant at) {
    if (accountIds.isEmpty()) {
      return new Released(List.of(), 0);
    }
    List<UUID> unassigned = licenses.unassignAll(organizationId, accountIds);
    int devices = unassigned.isEmpty() ? 0 : activations.deactivateAllOf(unassigned, at);
    return new Released(unassigned, devices);
  }

  /** The licenses taken back and how many devices stopped. */
  public record Released(List<UUID> licenseIds, int devicesDeactivated) {
    public Released {
      licenseIds = List.copyOf(licenseIds);
    }
  }
}
