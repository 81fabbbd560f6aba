package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.ActivationService;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * A node-locked device holds no lease; a heartbeat only records it seen and refreshes its token.
 */
public abstract class NodeLockedHeartbeatContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private ActivationService devices;
  private License license;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    devices = fixture.licensing.activations();
    license = new PolicyPlans(fixture).buyOne(fixture.customer(), "pro");
  }

  @Test
  void aNodeLockedDeviceRunsWithoutHeartbeatsAndAHeartbeatRefreshesItsToken() {
    ActivationGrant grant =
        devices.activate(new ActivationRequest(license.key(), "d1", null, null));
    assertThat(grant.activation().leaseExpiresAt()).isEmpty();

    fixture.clock.advance(Duration.ofDays(2));
    assertThat(devices.validate(license.key(), "d1").code()).isEqualTo(ValidationCode.VALID);
    ActivationGrant fresh =
        devices.heartbeat(grant.activation().id(), new Caller.LicenseKeyCaller(license.key()));

    assertThat(fresh.activation().lastSeenAt()).isEqualTo(fixture.clock.instant());
    assertThat(fresh.activation().leaseExpiresAt()).isEmpty();
    assertThat(fresh.tokenExpiresAt()).isAfter(grant.tokenExpiresAt());
    assertThat(fixture.licensing.leaseCulling().runDue()).isZero();
  }
}
