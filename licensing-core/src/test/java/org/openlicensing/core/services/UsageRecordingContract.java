package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openlicensing.core.services.UsageSetup.codeOf;
import static org.openlicensing.core.services.UsageSetup.device;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.usage.MetricTotal;
import org.openlicensing.api.usage.NewUsage;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.api.usage.UsageEvent;
import org.openlicensing.api.usage.UsageQuery;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** Recording usage: who may, what a report must hold, and that a key counts once. */
public abstract class UsageRecordingContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private UsageSetup setup;
  private License license;

  @BeforeEach
  void buyMeteredSeats() {
    setup = UsageSetup.of(new CoreFixture(persistence()), 2);
    license = setup.license();
  }

  private RecordedUsage record(Caller caller, String metric, Long quantity, String key) {
    return setup.usage().record(caller, license.id(), new NewUsage(metric, quantity, key));
  }

  private long totalOf(String metric) {
    return setup
        .usage()
        .licenseUsage(setup.ownerCaller(), license.id(), UsageQuery.DEFAULT)
        .totals()
        .stream()
        .filter(t -> t.metric().equals(metric))
        .mapToLong(MetricTotal::total)
        .sum();
  }

  @Test
  void aDeviceRecordsUsageAtTheServersTime() {
    RecordedUsage recorded = record(device(license), "api_calls", 5L, "k-1");

    UsageEvent event = recorded.event();
    assertThat(recorded.created()).isTrue();
    assertThat(event.licenseId()).isEqualTo(license.id());
    assertThat(event.metric()).isEqualTo("api_calls");
    assertThat(event.quantity()).isEqualTo(5);
    assertThat(event.idempotencyKey()).isEqualTo("k-1");
    assertThat(event.recordedAt()).isEqualTo(setup.fixture.clock.instant());
    assertThat(recorded.quotas()).isEmpty();
    assertThat(totalOf("api_calls")).isEqualTo(5);
    assertThat(
            setup
                .fixture
                .store
                .transactions()
                .inTransaction(
                    () -> setup.fixture.store.meterOutbox().findByUsageEvent(event.id())))
        .as("nothing for a meter in sandbox mode")
        .isEmpty();
  }

  @Test
  void aRepeatedKeyAnswersTheFirstEventAndCountsOnce() {
    RecordedUsage first = record(device(license), "api_calls", 5L, "k-1");
    setup.fixture.clock.advance(Duration.ofMinutes(3));

    RecordedUsage again = record(device(license), "api_calls", 5L, "k-1");

    assertThat(again.created()).isFalse();
    assertThat(again.event()).isEqualTo(first.event());
    assertThat(totalOf("api_calls")).isEqualTo(5);
  }

  @Test
  void theSameKeyOnAnotherLicenseIsAnotherEvent() {
    License other = setup.licenses.get(1);
    record(device(license), "api_calls", 5L, "k-1");

    RecordedUsage elsewhere =
        setup.usage().record(device(other), other.id(), new NewUsage("api_calls", 7L, "k-1"));

    assertThat(elsewhere.created()).isTrue();
    assertThat(totalOf("api_calls")).isEqualTo(5);
  }

  @Test
  void aKeyReusedForOtherUsageIsAConflictAndCountsNothing() {
    record(device(license), "api_calls", 5L, "k-1");

    LicensingException refused =
        catchThrowableOfType(
            LicensingException.class, () -> record(device(license), "api_calls", 6L, "k-1"));

    assertThat(refused.code()).isEqualTo(ErrorCode.CONFLICT);
    assertThat(refused.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("idempotencyKey");
    assertThat(totalOf("api_calls")).isEqualTo(5);
  }

  @Test
  void everyFieldAtFaultIsNamed() {
    LicensingException refused =
        catchThrowableOfType(
            LicensingException.class, () -> record(device(license), "API Calls", 0L, " "));

    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(refused.fieldErrors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("metric", "quantity", "idempotencyKey");
  }

  @Test
  void quantitiesAreWholeNumbersFromOneToTheCap() {
    assertThat(fieldsOf(() -> record(device(license), "m", null, "k"))).containsExactly("quantity");
    assertThat(fieldsOf(() -> record(device(license), "m", -1L, "k"))).containsExactly("quantity");
    assertThat(fieldsOf(() -> record(device(license), "m", UsageEvent.MAX_QUANTITY + 1, "k")))
        .containsExactly("quantity");

    assertThat(record(device(license), "m", UsageEvent.MAX_QUANTITY, "k").created()).isTrue();
  }

  @Test
  void metricsAndKeysHaveTheirLimits() {
    assertThat(fieldsOf(() -> record(device(license), null, 1L, "k"))).containsExactly("metric");
    assertThat(fieldsOf(() -> record(device(license), "a".repeat(65), 1L, "k")))
        .containsExactly("metric");
    assertThat(fieldsOf(() -> record(device(license), "9lives", 1L, "k")))
        .containsExactly("metric");
    assertThat(fieldsOf(() -> record(device(license), "m", 1L, null)))
        .containsExactly("idempotencyKey");
    assertThat(fieldsOf(() -> record(device(license), "m", 1L, "k".repeat(256))))
        .containsExactly("idempotencyKey");
    assertThat(fieldsOf(() -> record(device(license), "m", 1L, "line\nbreak")))
        .containsExactly("idempotencyKey");

    assertThat(record(device(license), "a".repeat(64), 1L, "k".repeat(255)).created()).isTrue();
    assertThat(record(device(license), "disk.bytes-written_2", 1L, "k2").created()).isTrue();
  }

  @Test
  void theHolderTheOwnerAndAWriteKeyMayReport() {
    Principal holder = member(OrganizationRole.MEMBER);
    setup
        .fixture
        .licensing
        .licenses()
        .assign(setup.ownerCaller(), license.id(), holder.accountId(), ClientInfo.UNKNOWN);

    record(CoreFixture.caller(holder), "m", 1L, "by-holder");
    record(setup.ownerCaller(), "m", 2L, "by-owner");
    record(apiKey(ApiKeyScope.WRITE), "m", 4L, "by-key");

    assertThat(totalOf("m")).isEqualTo(7);
  }

  @Test
  void anotherLicensesDeviceAMemberWithoutRightsAndAStrangerFindNoLicense() {
    License other = setup.licenses.get(1);
    Principal plainMember = member(OrganizationRole.MEMBER);
    Principal stranger = setup.fixture.customer();

    assertThat(codeOf(() -> record(device(other), "m", 1L, "k"))).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> record(new Caller.LicenseKeyCaller("AAAAA-BBBBB"), "m", 1L, "k")))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> record(CoreFixture.caller(plainMember), "m", 1L, "k")))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> record(CoreFixture.caller(stranger), "m", 1L, "k")))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(totalOf("m")).isZero();
  }

  @Test
  void anIdThatExistsNowhereIsNotFoundEvenToTheOwner() {
    assertThat(
            codeOf(
                () ->
                    setup
                        .usage()
                        .record(
                            setup.ownerCaller(), UUID.randomUUID(), new NewUsage("m", 1L, "k"))))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void thoseWhoOnlyReadTheLicenseMayNotReport() {
    Principal billing = member(OrganizationRole.BILLING);

    assertThat(codeOf(() -> record(CoreFixture.caller(billing), "m", 1L, "k")))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> record(apiKey(ApiKeyScope.READ), "m", 1L, "k")))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void aLicensePastItsGraceRecordsNothingButARepeatStillAnswers() {
    RecordedUsage first = record(device(license), "m", 1L, "before");
    setup.fixture.clock.advance(Duration.ofDays(31 + 7).plusSeconds(1));

    assertThat(codeOf(() -> record(device(license), "m", 1L, "after")))
        .isEqualTo(ErrorCode.LICENSE_EXPIRED);
    assertThat(record(device(license), "m", 1L, "before").event()).isEqualTo(first.event());
  }

  private Principal member(OrganizationRole role) {
    Teams teams = new Teams(setup.fixture);
    return teams.member(setup.owner, setup.organizationId, role);
  }

  private Caller apiKey(ApiKeyScope scope) {
    String secret =
        setup
            .fixture
            .licensing
            .apiKeys()
            .create(
                setup.ownerCaller(),
                setup.organizationId,
                "metering",
                Set.of(scope),
                ClientInfo.UNKNOWN)
            .secret();
    return setup.fixture.licensing.auth().authenticate(secret);
  }

  private static java.util.List<String> fieldsOf(Runnable action) {
    LicensingException refused = catchThrowableOfType(LicensingException.class, action::run);
    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    return refused.fieldErrors().stream().map(FieldError::field).toList();
  }
}
