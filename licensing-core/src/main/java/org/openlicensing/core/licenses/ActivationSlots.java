package org.openlicensing.core.licenses;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.core.support.Ids;

/**
 * Takes a slot of a license for a device, in the caller's transaction. The license row is locked
 * first, so that counting the devices (and the live leases of a floating license) and adding one is
 * a single step even when many requests race on several servers: a license never runs on more
 * devices, nor holds more leases, than its policy allows, overage included.
 */
final class ActivationSlots {
  private final LicenseRepository licenses;
  private final ActivationRepository activations;
  private final Clock clock;

  ActivationSlots(LicenseRepository licenses, ActivationRepository activations, Clock clock) {
    this.licenses = licenses;
    this.activations = activations;
    this.clock = clock;
  }

  /** The device's slot: its activation, and whether it is new. */
  record Taken(License license, Activation activation, boolean created) {}

  Taken take(ActivationRequest request) {
    return take(request, license -> {});
  }

  /**
   * As {@link #take(ActivationRequest)}, once {@code admission} has accepted the locked license
   * (throwing otherwise) before anything else is judged, so that its refusal (NOT_FOUND to a
   * stranger) reveals nothing of the license's state.
   */
  Taken take(ActivationRequest request, Consumer<License> admission) {
    License license =
        licenses
            .lockByKey(request.licenseKey())
            .orElseThrow(() -> LicensingException.notFound("license"));
    // The time is read once the lock is held, never before: a request that waited for the lock
    // while a lease died and another device took the freed place must judge that lease as it is
    // now, or it would renew it on top of the newcomer's and pass the concurrency limit.
    Instant now = clock.instant();
    admission.accept(license);
    UsableLicenses.require(license, now);
    LicensePolicy policy = license.policy();
    if (policy.userBound() && license.assigneeId().isEmpty()) {
      throw new LicensingException(
          ErrorCode.LICENSE_NOT_ASSIGNED,
          "the license is bound to a user: its organization assigns it to a member first");
    }
    Optional<Activation> existing = activations.findActive(license.id(), request.fingerprint());
    if (existing.isPresent()) {
      return new Taken(license, again(license, existing.get(), now), false);
    }
    if (activations.countActive(license.id()) >= policy.allowedDevices()) {
      throw new LicensingException(
          ErrorCode.DEVICE_LIMIT_REACHED,
          "the license is active on "
              + policy.allowedDevices()
              + " devices already; deactivate one first");
    }
    Optional<Instant> lease = Optional.empty();
    if (policy.floating()) {
      requireFreeLease(license, now);
      lease = Optional.of(now.plus(policy.heartbeatWindow()));
    }
    Activation activation =
        new Activation(
            Ids.newId(clock),
            license.id(),
            request.fingerprint(),
            Optional.ofNullable(request.name()),
            Optional.ofNullable(request.platform()),
            now,
            now,
            lease);
    activations.insert(activation);
    return new Taken(license, activation, true);
  }

  /**
   * A device that is activated already: seen again, and under a floating license given a lease
   * again, which takes a free one if its own has died.
   */
  private Activation again(License license, Activation device, Instant now) {
    if (!license.policy().floating()) {
      activations.touch(device.id(), now);
      return seen(device, now, device.leaseExpiresAt());
    }
    if (!device.holdsLeaseAt(now)) {
      requireFreeLease(license, now);
    }
    Instant until = now.plus(license.policy().heartbeatWindow());
    activations.startLease(device.id(), now, until);
    return seen(device, now, Optional.of(until));
  }

  private void requireFreeLease(License license, Instant now) {
    int allowed = license.policy().allowedLeases();
    if (activations.countLiveLeases(license.id(), now) >= allowed) {
      throw new LicensingException(
          ErrorCode.CONCURRENCY_LIMIT_REACHED,
          "the floating license runs on "
              + allowed
              + " devices at once already; try again when one stops");
    }
  }

  static Activation seen(Activation a, Instant at, Optional<Instant> lease) {
    return new Activation(
        a.id(), a.licenseId(), a.fingerprint(), a.name(), a.platform(), a.createdAt(), at, lease);
  }
}
