package org.openlicensing.core.licenses;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.security.SecurityLog;
import org.openlicensing.core.support.Secrets;
import org.openlicensing.core.throttling.Throttle;

/**
 * Activates a device: throttled per client address and per license, the slot taken under the
 * license's row lock ({@link ActivationSlots}), a device also active on other licenses reported to
 * security monitoring, and the token signed once the transaction has committed.
 */
public final class DeviceActivation {
  private final Transactions transactions;
  private final ActivationSlots slots;
  private final FingerprintReuse reuse;
  private final Throttle throttle;
  private final LicenseTokenIssuer tokens;

  public DeviceActivation(
      Transactions transactions,
      LicenseStores stores,
      SecurityLog security,
      Throttle throttle,
      LicenseTokenIssuer tokens) {
    this.transactions = transactions;
    this.slots = new ActivationSlots(stores.licenses(), stores.activations(), stores.clock());
    this.reuse = new FingerprintReuse(stores.activations(), security);
    this.throttle = throttle;
    this.tokens = tokens;
  }

  public ActivationGrant activate(ActivationRequest raw, ClientInfo client) {
    ActivationSlots.Taken taken = take(raw, client, license -> {});
    // Signing needs no lock, so it happens after the commit.
    LicenseTokenIssuer.SignedToken token = tokens.issue(taken.license(), taken.activation());
    return grant(taken, token);
  }

  /**
   * Takes the device's slot as {@link #activate} does, the locked license first passed to {@code
   * admission}, and leaves the signing to the caller.
   */
  ActivationSlots.Taken take(
      ActivationRequest raw, ClientInfo client, Consumer<License> admission) {
    ActivationRequest request = DeviceRequestChecks.check(raw);
    throttle.perIp(throttle.limits().activationsPerIp(), client);
    // The bucket is keyed by the key's hash: buckets may be stored, and a key is a secret.
    throttle.perKey(throttle.limits().activationsPerLicense(), Secrets.hash(request.licenseKey()));
    record Done(ActivationSlots.Taken taken, List<UUID> others) {}
    Done done =
        transactions.inTransaction(
            () -> {
              ActivationSlots.Taken taken = slots.take(request, admission);
              List<UUID> others =
                  taken.created() ? reuse.otherLicenses(taken.activation()) : List.of();
              return new Done(taken, others);
            });
    ActivationSlots.Taken taken = done.taken();
    if (!done.others().isEmpty()) {
      reuse.report(taken.license(), taken.activation(), done.others(), client);
    }
    return taken;
  }

  static ActivationGrant grant(ActivationSlots.Taken taken, LicenseTokenIssuer.SignedToken token) {
    return new ActivationGrant(
        taken.activation(), token.token(), token.expiresAt(), taken.created());
  }
}
