package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** The rules of the service, on whatever store {@link #persistence()} gives. */
public abstract class ActivationContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    ada = fixture.customer();
    license = buy("pro");
  }

  private Principal ada;
  private License license;

  private License buy(String plan) {
    fixture
        .licensing
        .subscriptions()
        .subscribe(
            CoreFixture.caller(ada),
            new NewSubscription(null, plan, 1, BillingPeriod.MONTHLY, "pm_card_visa"),
            null);
    return fixture
        .licensing
        .licenses()
        .visibleTo(CoreFixture.caller(ada), null, 100)
        .items()
        .stream()
        .filter(view -> view.license().plan().equals(plan))
        .findFirst()
        .orElseThrow()
        .license();
  }

  private ActivationGrant activate(String fingerprint) {
    return fixture
        .licensing
        .activations()
        .activate(new ActivationRequest(license.key(), fingerprint, null, null));
  }

  private ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  @Test
  void activationsStopAtTheDeviceLimit() {
    activate("d1");
    activate("d2");
    activate("d3");

    assertThat(codeOf(() -> activate("d4"))).isEqualTo(ErrorCode.DEVICE_LIMIT_REACHED);
  }

  @Test
  void theSameFingerprintGetsItsActivationBackWithoutASlot() {
    ActivationGrant first = activate("d1");
    ActivationGrant again = activate("d1");
    activate("d2");
    activate("d3");

    assertThat(again.created()).isFalse();
    assertThat(again.activation().id()).isEqualTo(first.activation().id());
  }

  @Test
  void keysAreAcceptedAsAPersonWouldTypeThem() {
    String typed = license.key().toLowerCase().replace("-", " ");

    ActivationGrant grant =
        fixture.licensing.activations().activate(new ActivationRequest(typed, "d1", null, null));

    assertThat(grant.activation().licenseId()).isEqualTo(license.id());
  }

  @Test
  void anUnknownKeyIsNotFound() {
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .activations()
                        .activate(
                            new ActivationRequest(
                                "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF", "d1", null, null))))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aLicensePastItsGracePeriodCannotActivate() {
    fixture.clock.advance(Duration.ofDays(31 + 7).plusSeconds(1));

    assertThat(codeOf(() -> activate("d1"))).isEqualTo(ErrorCode.LICENSE_EXPIRED);
    assertThat(fixture.licensing.activations().validate(license.key(), null).code())
        .isEqualTo(ValidationCode.EXPIRED);
  }

  @Test
  void theDeviceFreesItsSlotWithItsKey() {
    ActivationGrant grant = activate("d1");
    activate("d2");
    activate("d3");

    fixture
        .licensing
        .activations()
        .deactivate(grant.activation().id(), new Caller.LicenseKeyCaller(license.key()));

    assertThat(activate("d4").created()).isTrue();
    assertThat(fixture.licensing.activations().validate(license.key(), "d1").code())
        .isEqualTo(ValidationCode.FINGERPRINT_MISMATCH);
  }

  @Test
  void aDeactivationCountsOnce() {
    ActivationGrant grant = activate("d1");
    Caller device = new Caller.LicenseKeyCaller(license.key());
    fixture.licensing.activations().deactivate(grant.activation().id(), device);

    assertThat(
            codeOf(
                () -> fixture.licensing.activations().deactivate(grant.activation().id(), device)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void anotherLicensesKeyOrAnotherAccountFindsNoActivation() {
    ActivationGrant grant = activate("d1");
    License other = buy("basic");
    Principal mallory = fixture.customer();

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .activations()
                        .deactivate(
                            grant.activation().id(), new Caller.LicenseKeyCaller(other.key()))))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .activations()
                        .deactivate(grant.activation().id(), new Caller.AccountCaller(mallory))))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void theOwnerAndPlatformAdminsMayDeactivate() {
    ActivationGrant first = activate("d1");
    ActivationGrant second = activate("d2");
    Principal admin =
        new Principal(UUID.randomUUID(), Set.of(PlatformRole.ADMIN), UUID.randomUUID());

    fixture
        .licensing
        .activations()
        .deactivate(first.activation().id(), new Caller.AccountCaller(ada));
    fixture
        .licensing
        .activations()
        .deactivate(second.activation().id(), new Caller.AccountCaller(admin));

    assertThat(fixture.licensing.activations().validate(license.key(), "d2").code())
        .isEqualTo(ValidationCode.NOT_ACTIVATED);
  }

  @Test
  void validationReportsTheLicenseAndItsDevices() {
    activate("d1");

    var result = fixture.licensing.activations().validate(license.key(), "d1");

    assertThat(result.valid()).isTrue();
    assertThat(result.license())
        .hasValueSatisfying(view -> assertThat(view.activeActivations()).isEqualTo(1));
  }
}
