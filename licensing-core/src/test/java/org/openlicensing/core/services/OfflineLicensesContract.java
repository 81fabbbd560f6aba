package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseFile;
import org.openlicensing.api.licenses.OfflineActivation;
import org.openlicensing.api.licenses.OfflineLicenseService;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.api.offline.ActivationRequestFile;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokenException;
import org.openlicensing.api.tokens.LicenseTokenVerifier;
import org.openlicensing.api.tokens.LicenseTokens;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Devices without the network: signed license files for activated devices, and activation by a
 * request file carried out and a signed response carried back, whose slot counts like any other.
 */
public abstract class OfflineLicensesContract {
  private static final ClientInfo DESK = new ClientInfo("192.0.2.61", "console", "req-9");
  private static final String ISSUER = "https://licensing.example.test";

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Teams teams;
  private PolicyPlans plans;
  private OfflineLicenseService offline;
  private Principal ada;
  private Principal bea;
  private UUID organization;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    plans = new PolicyPlans(fixture);
    offline = fixture.licensing.offlineLicenses();
    teams = new Teams(fixture);
    ada = fixture.customer();
    organization = teams.organizationOf(ada);
    bea = teams.member(ada, organization, OrganizationRole.MEMBER);
  }

  private License license(int deviceLimit, boolean offlineAllowed, boolean floating) {
    String plan =
        plans.plan(
            new PolicyDraft(
                deviceLimit,
                floating,
                offlineAllowed,
                7,
                14,
                floating ? 1 : null,
                null,
                null,
                null,
                null));
    return plans.buy(Teams.as(ada), organization, plan, 1).get(0);
  }

  private License offlineLicense(int deviceLimit) {
    return license(deviceLimit, true, false);
  }

  private void activate(License license, String fingerprint) {
    fixture
        .licensing
        .activations()
        .activate(new ActivationRequest(license.key(), fingerprint, null, null));
  }

  private LicenseTokenClaims verify(String token, String fingerprint) throws LicenseTokenException {
    return LicenseTokenVerifier.builder(fixture.licensing.publicKeys(), ISSUER)
        .clock(fixture.clock)
        .build()
        .verify(token, fingerprint);
  }

  private static ActivationRequestFile request(License license, String fingerprint) {
    return new ActivationRequestFile(
        license.key(),
        fingerprint,
        ActivationRequestFile.newNonce(),
        Optional.of("Lab PC"),
        Optional.of("windows"),
        Instant.parse("2026-01-01T00:00:00Z"));
  }

  private long activeDevices(License license) {
    return fixture.licensing.licenses().get(Teams.as(ada), license.id()).activeActivations();
  }

  private static LicensingException failure(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run);
  }

  private static List<String> fields(LicensingException e) {
    return e.fieldErrors().stream().map(FieldError::field).toList();
  }

  private List<AuditEvent> audited(String action) {
    return teams.audited(ada, organization, action);
  }

  @Test
  void aLicenseFileHoldsTheActivatedDevicesTokenForThePlansLifetime() throws Exception {
    License license = offlineLicense(3);
    activate(license, "workstation-1");

    LicenseFile file =
        offline.licenseFile(Teams.as(ada), license.id(), "workstation-1", null, DESK);

    LicenseTokenClaims claims = verify(file.token(), "workstation-1");
    assertThat(claims.licenseId()).isEqualTo(license.id());
    assertThat(claims.activationId()).isEqualTo(file.activationId());
    assertThat(file.expiresAt())
        .isEqualTo(
            fixture.clock.instant().plus(Duration.ofDays(14)).truncatedTo(ChronoUnit.SECONDS));
    assertThat(file.armored())
        .startsWith("-----BEGIN OPENLICENSING LICENSE FILE-----\n")
        .endsWith("-----END OPENLICENSING LICENSE FILE-----\n");
    List<AuditEvent> events = audited("license.file_issued");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).targetId()).contains(license.id());
    assertThat(events.get(0).details())
        .containsEntry("activationId", file.activationId().toString());
  }

  @Test
  void aLicenseFileLastsItsTtlBetweenAnHourAndThePlansTokenLifetime() throws Exception {
    License license = offlineLicense(3);
    activate(license, "d1");

    LicenseFile file =
        offline.licenseFile(Teams.as(ada), license.id(), "d1", Duration.ofHours(2), DESK);

    assertThat(verify(file.token(), "d1").expiresAt())
        .isEqualTo(
            fixture.clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
    for (Duration ttl : List.of(Duration.ofMinutes(59), Duration.ofDays(14).plusSeconds(1))) {
      LicensingException e =
          failure(() -> offline.licenseFile(Teams.as(ada), license.id(), "d1", ttl, DESK));
      assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
      assertThat(fields(e)).containsExactly("ttl");
    }
  }

  @Test
  void aLicenseFileIsOnlyForADeviceActivatedOnTheLicense() {
    License license = offlineLicense(3);
    License other = offlineLicense(3);
    activate(other, "elsewhere");

    assertThat(
            failure(() -> offline.licenseFile(Teams.as(ada), license.id(), "elsewhere", null, DESK))
                .code())
        .isEqualTo(ErrorCode.DEVICE_NOT_ACTIVATED);
    LicensingException blank =
        failure(() -> offline.licenseFile(Teams.as(ada), license.id(), " ", null, DESK));
    assertThat(blank.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(fields(blank)).containsExactly("fingerprint");
  }

  @Test
  void aPolicyWithoutOfflineUseAndAFloatingLicenseHaveNoOfflineFiles() {
    License online = license(3, false, false);
    License floating = license(3, true, true);
    activate(online, "d1");
    activate(floating, "d1");

    for (License license : List.of(online, floating)) {
      assertThat(
              failure(() -> offline.licenseFile(Teams.as(ada), license.id(), "d1", null, DESK))
                  .code())
          .isEqualTo(ErrorCode.OFFLINE_NOT_ALLOWED);
      assertThat(
              failure(
                      () ->
                          offline.activate(
                              Teams.as(ada), request(license, "air-1").armored(), DESK))
                  .code())
          .isEqualTo(ErrorCode.OFFLINE_NOT_ALLOWED);
    }
    assertThat(activeDevices(online)).isEqualTo(1);
  }

  @Test
  void strangersAndMembersWhoDoNotHoldTheLicenseGetNoFiles() {
    License license = offlineLicense(3);
    activate(license, "d1");
    Caller stranger = Teams.as(fixture.customer());
    String requestFile = request(license, "air-1").armored();

    assertThat(failure(() -> offline.licenseFile(stranger, license.id(), "d1", null, DESK)).code())
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(failure(() -> offline.activate(stranger, requestFile, DESK)).code())
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            failure(() -> offline.licenseFile(Teams.as(bea), license.id(), "d1", null, DESK))
                .code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(failure(() -> offline.activate(Teams.as(bea), requestFile, DESK)).code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(activeDevices(license)).isEqualTo(1);
  }

  @Test
  void theHolderGetsFilesForTheirLicense() throws Exception {
    License license = offlineLicense(3);
    fixture.licensing.licenses().assign(Teams.as(ada), license.id(), bea.accountId(), DESK);

    OfflineActivation done =
        offline.activate(Teams.as(bea), request(license, "bea-laptop").armored(), DESK);
    LicenseFile file = offline.licenseFile(Teams.as(bea), license.id(), "bea-laptop", null, DESK);

    assertThat(done.grant().created()).isTrue();
    assertThat(verify(file.token(), "bea-laptop").activationId())
        .isEqualTo(done.grant().activation().id());
  }

  @Test
  void anAirGappedDeviceTakesASlotLikeAnyOtherAndItsResponseNamesTheNonce() throws Exception {
    License license = offlineLicense(2);
    ActivationRequestFile request = request(license, "air-1");

    OfflineActivation done = offline.activate(Teams.as(ada), request.armored(), DESK);

    assertThat(done.grant().created()).isTrue();
    assertThat(done.grant().activation().name()).contains("Lab PC");
    assertThat(verify(done.grant().token(), "air-1").licenseId()).isEqualTo(license.id());
    assertThat(
            SignedJWT.parse(done.grant().token())
                .getJWTClaimsSet()
                .getStringClaim(LicenseTokens.CLAIM_NONCE))
        .isEqualTo(request.nonce());
    assertThat(done.armored()).startsWith("-----BEGIN OPENLICENSING ACTIVATION RESPONSE-----\n");
    assertThat(fixture.licensing.activations().validate(license.key(), "air-1").code())
        .isEqualTo(ValidationCode.VALID);

    OfflineActivation again = offline.activate(Teams.as(ada), request.armored(), DESK);
    assertThat(again.grant().created()).isFalse();
    assertThat(again.grant().activation().id()).isEqualTo(done.grant().activation().id());

    activate(license, "online-1");
    assertThat(
            failure(
                    () ->
                        offline.activate(Teams.as(ada), request(license, "air-2").armored(), DESK))
                .code())
        .isEqualTo(ErrorCode.DEVICE_LIMIT_REACHED);
    assertThat(failure(() -> activate(license, "online-2")).code())
        .isEqualTo(ErrorCode.DEVICE_LIMIT_REACHED);
    List<AuditEvent> events = audited("license.activated_offline");
    assertThat(events).hasSize(2);
    assertThat(events).extracting(e -> e.details().get("newSlot")).containsExactly("false", "true");
  }

  @Test
  void aFileThatIsNotARequestIsRefusedNamingTheRequest() {
    License license = offlineLicense(2);
    String valid = request(license, "air-1").armored();
    List<String> unreadable =
        List.of(
            "",
            "hello",
            valid.replace("-----END OPENLICENSING ACTIVATION REQUEST-----\n", ""),
            valid.replace("ACTIVATION REQUEST", "LICENSE FILE"),
            "-----BEGIN OPENLICENSING ACTIVATION REQUEST-----\nbm90IGpzb24=\n"
                + "-----END OPENLICENSING ACTIVATION REQUEST-----\n",
            valid + valid,
            "x".repeat(20_000));

    for (String text : unreadable) {
      LicensingException e = failure(() -> offline.activate(Teams.as(ada), text, DESK));
      assertThat(e.code()).as(text).isEqualTo(ErrorCode.ACTIVATION_REQUEST_INVALID);
      assertThat(fields(e)).containsExactly("request");
    }
    assertThat(fixture.licensing.activations().validate(license.key(), "air-1").code())
        .isEqualTo(ValidationCode.NOT_ACTIVATED);
  }
}
