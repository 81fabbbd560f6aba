package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.License;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Secrets;

/**
 * A device saying it still runs. Under a floating license the heartbeat extends a live lease by the
 * heartbeat window; a lease that died stays dead (HEARTBEAT_DEAD), since bringing it back here
 * would pass the concurrency limit that only activation judges. It takes the license's row lock, as
 * activation does, so that heartbeats, activations and culls of one license take turns.
 */
public final class LeaseHeartbeat {
  private final Transactions transactions;
  private final LicenseStores stores;
  private final LicenseTokenIssuer tokens;

  public LeaseHeartbeat(
      Transactions transactions, LicenseStores stores, LicenseTokenIssuer tokens) {
    this.transactions = transactions;
    this.stores = stores;
    this.tokens = tokens;
  }

  /** Only the device, with its license key, may beat; to anyone else the activation is missing. */
  public ActivationGrant heartbeat(UUID activationId, Caller caller) {
    if (!(caller instanceof Caller.LicenseKeyCaller device)) {
      throw notFound();
    }
    String key = LicenseKeys.normalize(device.licenseKey());
    record Beat(License license, Activation activation) {}
    Beat beat =
        transactions.inTransaction(
            () -> {
              UUID licenseId =
                  stores
                      .activations()
                      .findActiveById(activationId)
                      .map(Activation::licenseId)
                      .orElseThrow(LeaseHeartbeat::notFound);
              // The key is checked before the lock, so that no stranger locks a license's row.
              License unlocked = stores.licenses().findById(licenseId).orElseThrow();
              if (!Secrets.sameSecret(key, unlocked.key())) {
                throw notFound();
              }
              License license = stores.licenses().lockById(licenseId).orElseThrow();
              // Read again under the lock: a deactivation may have come first.
              Activation activation =
                  stores
                      .activations()
                      .findActiveById(activationId)
                      .orElseThrow(LeaseHeartbeat::notFound);
              Instant now = stores.clock().instant();
              UsableLicenses.require(license, now);
              return new Beat(license, beat(license, activation, now));
            });
    LicenseTokenIssuer.SignedToken token = tokens.issue(beat.license(), beat.activation());
    return new ActivationGrant(beat.activation(), token.token(), token.expiresAt(), false);
  }

  private Activation beat(License license, Activation activation, Instant now) {
    if (!license.policy().floating()) {
      stores.activations().touch(activation.id(), now);
      return ActivationSlots.seen(activation, now, activation.leaseExpiresAt());
    }
    Instant until = now.plus(license.policy().heartbeatWindow());
    if (!stores.activations().renewLease(activation.id(), now, until)) {
      throw new LicensingException(
          ErrorCode.HEARTBEAT_DEAD,
          "the device's lease died at "
              + activation.leaseExpiresAt().map(Instant::toString).orElse("its last cull")
              + "; activate again");
    }
    return ActivationSlots.seen(activation, now, Optional.of(until));
  }

  private static LicensingException notFound() {
    return LicensingException.notFound("activation");
  }
}
