package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openlicensing.core.services.UsageSetup.codeOf;
import static org.openlicensing.core.services.UsageSetup.device;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.usage.DailyDevices;
import org.openlicensing.api.usage.DailyUsage;
import org.openlicensing.api.usage.MetricTotal;
import org.openlicensing.api.usage.UsageQuery;
import org.openlicensing.api.usage.UsageSummary;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.core.testing.MutableClock;

/** Reading usage: a license's days and totals, an organization's, and its active devices. */
public abstract class UsageReadingContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private UsageSetup setup;
  private License first;
  private License second;
  private MutableClock clock;
  private LocalDate today;

  @BeforeEach
  void buyMeteredSeats() {
    setup = UsageSetup.of(new CoreFixture(persistence()), 2, "quota:api_calls:1000:month");
    first = setup.licenses.get(0);
    second = setup.licenses.get(1);
    clock = setup.fixture.clock;
    today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private void nextDay() {
    Instant midnight = today.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    clock.advance(Duration.between(clock.instant(), midnight).plusMinutes(30));
    today = today.plusDays(1);
  }

  private UsageSummary ofLicense(License license, LocalDate from, LocalDate to, String metric) {
    return setup
        .usage()
        .licenseUsage(setup.ownerCaller(), license.id(), new UsageQuery(from, to, metric));
  }

  @Test
  void aLicensesUsageIsSummedPerDayAndMetricAndOverTheRange() {
    LocalDate day1 = today;
    setup.record(first, "api_calls", 3);
    setup.record(first, "api_calls", 4);
    setup.record(first, "exports", 1);
    setup.record(second, "api_calls", 100);
    nextDay();
    setup.record(first, "api_calls", 5);

    UsageSummary summary = ofLicense(first, day1, today, null);

    assertThat(summary.days())
        .containsExactly(
            new DailyUsage(day1, "api_calls", 7),
            new DailyUsage(day1, "exports", 1),
            new DailyUsage(today, "api_calls", 5));
    assertThat(summary.totals())
        .containsExactly(new MetricTotal("api_calls", 12), new MetricTotal("exports", 1));
    assertThat(summary.quotas()).singleElement().satisfies(q -> assertThat(q.used()).isEqualTo(12));
  }

  @Test
  void aMetricAndARangeNarrowTheSummary() {
    LocalDate day1 = today;
    setup.record(first, "api_calls", 3);
    setup.record(first, "exports", 1);
    nextDay();
    setup.record(first, "api_calls", 5);

    assertThat(ofLicense(first, day1, today, "exports").days())
        .containsExactly(new DailyUsage(day1, "exports", 1));
    assertThat(ofLicense(first, today, today, null).totals())
        .containsExactly(new MetricTotal("api_calls", 5));
    assertThat(ofLicense(first, day1, today, "exports").quotas()).isEmpty();
  }

  @Test
  void withoutDatesTheRangeIsTheLastThirtyDays() {
    UsageSummary summary =
        setup.usage().licenseUsage(device(first), first.id(), UsageQuery.DEFAULT);

    assertThat(summary.range().to()).isEqualTo(today);
    assertThat(summary.range().from()).isEqualTo(today.minusDays(29));
    assertThat(
            setup
                .usage()
                .licenseUsage(
                    device(first), first.id(), new UsageQuery(null, today.minusDays(1), null))
                .range()
                .from())
        .isEqualTo(today.minusDays(30));
  }

  @Test
  void rangesAreCheckedNamingTheParameter() {
    assertThat(fieldOf(() -> ofLicense(first, today, today.minusDays(1), null))).isEqualTo("from");
    assertThat(fieldOf(() -> ofLicense(first, today.minusDays(366), today, null)))
        .isEqualTo("from");
    assertThat(fieldOf(() -> ofLicense(first, today, today, "Not A Metric"))).isEqualTo("metric");
    assertThat(
            fieldOf(
                () ->
                    ofLicense(
                        first,
                        LocalDate.of(999_999_999, 1, 1),
                        LocalDate.of(999_999_999, 1, 2),
                        null)))
        .isEqualTo("from");

    assertThat(ofLicense(first, today.minusDays(365), today, null).range().days()).isEqualTo(366);
  }

  @Test
  void theDeviceAndTheOwnerReadALicenseAndOthersFindNone() {
    setup.record(first, "api_calls", 3);
    Principal plainMember =
        new Teams(setup.fixture).member(setup.owner, setup.organizationId, OrganizationRole.MEMBER);

    assertThat(setup.usage().licenseUsage(device(first), first.id(), UsageQuery.DEFAULT).totals())
        .containsExactly(new MetricTotal("api_calls", 3));
    assertThat(
            codeOf(
                () -> setup.usage().licenseUsage(device(second), first.id(), UsageQuery.DEFAULT)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            codeOf(
                () ->
                    setup
                        .usage()
                        .licenseUsage(
                            CoreFixture.caller(plainMember), first.id(), UsageQuery.DEFAULT)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            codeOf(
                () ->
                    setup
                        .usage()
                        .licenseUsage(setup.ownerCaller(), UUID.randomUUID(), UsageQuery.DEFAULT)))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void anOrganizationsUsageAddsUpItsLicenses() {
    LicensesOfAnother other = new LicensesOfAnother();
    LocalDate day1 = today;
    setup.record(first, "api_calls", 3);
    setup.record(second, "api_calls", 4);
    setup.record(second, "exports", 2);
    setup.record(other.license, "api_calls", 1000);
    nextDay();
    setup.record(first, "api_calls", 5);

    UsageSummary summary =
        setup
            .usage()
            .organizationUsage(
                setup.ownerCaller(), setup.organizationId, new UsageQuery(day1, today, null));

    assertThat(summary.days())
        .containsExactly(
            new DailyUsage(day1, "api_calls", 7),
            new DailyUsage(day1, "exports", 2),
            new DailyUsage(today, "api_calls", 5));
    assertThat(summary.totals())
        .containsExactly(new MetricTotal("api_calls", 12), new MetricTotal("exports", 2));
    assertThat(summary.quotas()).isEmpty();
    assertThat(
            setup
                .usage()
                .organizationUsage(
                    setup.ownerCaller(),
                    setup.organizationId,
                    new UsageQuery(day1, today, "exports"))
                .totals())
        .containsExactly(new MetricTotal("exports", 2));
  }

  @Test
  void organizationAnalyticsAreForThoseWhoReadItsBilling() {
    Teams teams = new Teams(setup.fixture);
    Principal billing = teams.member(setup.owner, setup.organizationId, OrganizationRole.BILLING);
    Principal plainMember =
        teams.member(setup.owner, setup.organizationId, OrganizationRole.MEMBER);
    Principal stranger = setup.fixture.customer();

    assertThat(
            setup
                .usage()
                .organizationUsage(
                    CoreFixture.caller(billing), setup.organizationId, UsageQuery.DEFAULT)
                .days())
        .isEmpty();
    assertThat(codeOf(() -> devices(CoreFixture.caller(plainMember))))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> devices(CoreFixture.caller(stranger)))).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(codeOf(() -> devices(device(first)))).isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void activeDevicesAreCountedOnEveryDayTheyWereActiveAtAll() {
    LocalDate day1 = today;
    var laptop = activate(first, "laptop");
    activate(second, "desktop");
    clock.advance(Duration.ofMinutes(1));
    setup.fixture.licensing.activations().deactivate(laptop.activation().id(), device(first));
    nextDay();
    var phone = activate(first, "phone");
    nextDay();
    nextDay();
    Instant midnight = today.atStartOfDay(ZoneOffset.UTC).toInstant();
    clock.advance(Duration.between(clock.instant(), midnight.plusSeconds(86_399)));
    setup.fixture.licensing.activations().deactivate(phone.activation().id(), device(first));
    new LicensesOfAnother().activateOne();

    assertThat(
            setup
                .usage()
                .activeDevices(
                    setup.ownerCaller(),
                    setup.organizationId,
                    new UsageQuery(day1.minusDays(1), today.plusDays(1), null))
                .days())
        .extracting(DailyDevices::activeDevices)
        .containsExactly(0L, 2L, 2L, 2L, 2L, 1L);
  }

  @Test
  void devicesActiveBeforeTheRangeCountFromItsFirstDay() {
    activate(first, "laptop");
    activate(second, "desktop");
    nextDay();
    nextDay();

    assertThat(
            setup
                .usage()
                .activeDevices(
                    setup.ownerCaller(), setup.organizationId, new UsageQuery(today, today, null))
                .days())
        .containsExactly(new DailyDevices(today, 2));
  }

  private org.openlicensing.api.licenses.ActivationGrant activate(
      License license, String fingerprint) {
    return setup
        .fixture
        .licensing
        .activations()
        .activate(new ActivationRequest(license.key(), fingerprint, null, null));
  }

  private Object devices(Caller caller) {
    return setup.usage().activeDevices(caller, setup.organizationId, UsageQuery.DEFAULT);
  }

  private static String fieldOf(Runnable action) {
    LicensingException refused = catchThrowableOfType(LicensingException.class, action::run);
    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    return refused.fieldErrors().stream().map(FieldError::field).findFirst().orElseThrow();
  }

  /** A license of another customer's organization, whose usage and devices count elsewhere. */
  private final class LicensesOfAnother {
    final License license;

    LicensesOfAnother() {
      Principal other = setup.fixture.customer();
      UUID team = new Teams(setup.fixture).organizationOf(other);
      this.license = UsageSetup.buy(setup.fixture, other, team, 1).get(0);
    }

    void activateOne() {
      activate(license, "elsewhere");
    }
  }
}
