package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.core.services.UsageSetup.codeOf;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.api.licenses.ValidationRequest;
import org.openlicensing.api.usage.QuotaPeriod;
import org.openlicensing.api.usage.QuotaStanding;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.core.licenses.UsageCheck;
import org.openlicensing.core.organizations.OrganizationAccess;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.core.testing.MutableClock;
import org.openlicensing.core.usage.UsageMetering;

/**
 * Quotas from entitlements: a report that would pass one is refused whole with USAGE_LIMIT_REACHED
 * and counts nothing; each period starts afresh at its boundary; and validation's check tells when
 * one is used up.
 */
public abstract class UsageQuotaContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private UsageSetup setup;
  private License license;
  private MutableClock clock;

  @BeforeEach
  void buyMeteredSeats() {
    setup =
        UsageSetup.of(
            new CoreFixture(persistence()),
            1,
            "quota:api_calls:10:day",
            "quota:api_calls:25:month",
            "quota:exports:3:month",
            "quota:syncs:5:period",
            "quota:broken:ten:day");
    license = setup.license();
    clock = setup.fixture.clock;
  }

  private RecordedUsage record(String metric, long quantity) {
    return setup.record(license, metric, quantity);
  }

  private void advanceTo(Instant instant) {
    clock.advance(Duration.between(clock.instant(), instant));
  }

  private static Instant midnightAfter(Instant instant) {
    return LocalDate.ofInstant(instant, ZoneOffset.UTC)
        .plusDays(1)
        .atStartOfDay(ZoneOffset.UTC)
        .toInstant();
  }

  @Test
  void usageUpToTheQuotaIsRecordedAndTheNextIsRefused() {
    record("api_calls", 6);
    RecordedUsage last = record("api_calls", 4);

    QuotaStanding daily =
        last.quotas().stream().filter(q -> q.quota().period() == QuotaPeriod.DAY).findFirst().get();
    assertThat(last.quotas()).hasSize(2);
    assertThat(daily.used()).isEqualTo(10);
    assertThat(daily.remaining()).isZero();
    assertThat(daily.reached()).isTrue();
    assertThat(codeOf(() -> record("api_calls", 1))).isEqualTo(ErrorCode.USAGE_LIMIT_REACHED);
  }

  @Test
  void aReportThatWouldPassTheQuotaIsRefusedWholeAndCountsNothing() {
    record("api_calls", 8);

    assertThat(codeOf(() -> record("api_calls", 3))).isEqualTo(ErrorCode.USAGE_LIMIT_REACHED);
    assertThat(record("api_calls", 2).quotas().get(0).used()).isEqualTo(10);
  }

  @Test
  void aDailyQuotaStartsAfreshAtUtcMidnight() {
    record("api_calls", 10);
    Instant midnight = midnightAfter(clock.instant());

    advanceTo(midnight.minusNanos(1_000));
    assertThat(codeOf(() -> record("api_calls", 1))).isEqualTo(ErrorCode.USAGE_LIMIT_REACHED);
    advanceTo(midnight);
    RecordedUsage nextDay = record("api_calls", 10);

    assertThat(nextDay.quotas())
        .filteredOn(q -> q.quota().period() == QuotaPeriod.DAY)
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.used()).isEqualTo(10);
              assertThat(q.periodStart()).isEqualTo(midnight);
              assertThat(q.resetsAt()).isEqualTo(midnight.plus(Duration.ofDays(1)));
            });
  }

  @Test
  void theTightestOfSeveralQuotasOnAMetricDecides() {
    record("api_calls", 10);
    advanceTo(midnightAfter(clock.instant()));
    record("api_calls", 10);
    advanceTo(midnightAfter(clock.instant()));

    assertThat(codeOf(() -> record("api_calls", 6))).isEqualTo(ErrorCode.USAGE_LIMIT_REACHED);
    assertThat(record("api_calls", 5).quotas())
        .filteredOn(q -> q.quota().period() == QuotaPeriod.MONTH)
        .singleElement()
        .satisfies(q -> assertThat(q.used()).isEqualTo(25));
  }

  @Test
  void aMonthlyQuotaStartsAfreshOnTheFirstOfTheMonth() {
    record("exports", 3);
    Instant firstOfNextMonth =
        LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
            .withDayOfMonth(1)
            .plusMonths(1)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant();

    advanceTo(firstOfNextMonth.minusSeconds(1));
    assertThat(codeOf(() -> record("exports", 1))).isEqualTo(ErrorCode.USAGE_LIMIT_REACHED);
    advanceTo(firstOfNextMonth);
    assertThat(record("exports", 3).created()).isTrue();
  }

  @Test
  void aPeriodQuotaCountsFromTheRenewalInstantNotFromItsDay() {
    Subscription bought = subscription();
    Instant renewal = bought.currentPeriodEnd();
    Instant sameDayBefore =
        LocalDate.ofInstant(renewal, ZoneOffset.UTC)
            .atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .plusSeconds(60);
    advanceTo(sameDayBefore);
    record("syncs", 5);
    assertThat(codeOf(() -> record("syncs", 1))).isEqualTo(ErrorCode.USAGE_LIMIT_REACHED);

    advanceTo(renewal.plusSeconds(1));
    setup.fixture.licensing.billing().renewDue();
    RecordedUsage afterRenewal = record("syncs", 5);

    assertThat(afterRenewal.quotas())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.used()).isEqualTo(5);
              assertThat(q.periodStart()).isEqualTo(renewal);
              assertThat(q.resetsAt()).isEqualTo(subscription().currentPeriodEnd());
            });
    assertThat(codeOf(() -> record("syncs", 1))).isEqualTo(ErrorCode.USAGE_LIMIT_REACHED);
  }

  @Test
  void metricsWithoutAQuotaAndMalformedQuotasAreNotLimited() {
    assertThat(record("storage.bytes", 1_000_000).quotas()).isEmpty();
    assertThat(record("broken", 1_000).quotas()).isEmpty();
  }

  @Test
  void theValidationCheckTellsWhenAQuotaIsUsedUp() {
    UsageCheck check = quotaCheck();
    record("exports", 2);

    assertThat(check.limitReached(license, Set.of(), clock.instant())).isFalse();
    record("exports", 1);

    assertThat(check.limitReached(license, Set.of(), clock.instant())).isTrue();
    assertThat(check.limitReached(license, Set.of("exports"), clock.instant())).isTrue();
    assertThat(check.limitReached(license, Set.of("quota:exports:3:month"), clock.instant()))
        .isTrue();
    assertThat(check.limitReached(license, Set.of("api_calls", "core"), clock.instant())).isFalse();
  }

  @Test
  void validationAnswersUsageLimitReachedOnceAQuotaIsUsedUp() {
    ValidationRequest scoped =
        new ValidationRequest(license.key(), null, List.of("core", "quota:exports:3:month"));
    assertThat(setup.fixture.licensing.activations().validate(scoped).code())
        .isEqualTo(ValidationCode.VALID);

    record("exports", 3);

    assertThat(setup.fixture.licensing.activations().validate(scoped).code())
        .isEqualTo(ValidationCode.USAGE_LIMIT_REACHED);
    assertThat(setup.fixture.licensing.activations().validate(license.key(), null).code())
        .isEqualTo(ValidationCode.USAGE_LIMIT_REACHED);
    assertThat(
            setup
                .fixture
                .licensing
                .activations()
                .validate(new ValidationRequest(license.key(), null, List.of("core")))
                .code())
        .isEqualTo(ValidationCode.VALID);
  }

  @Test
  void theValidationCheckOfALicenseWithoutQuotasIsAlwaysFalse() {
    License plain =
        setup
            .fixture
            .licensing
            .licenses()
            .visibleTo(setup.ownerCaller(), null, 100)
            .items()
            .get(0)
            .license();
    License withoutQuotas =
        new License(
            plain.id(),
            plain.key(),
            plain.organizationId(),
            plain.subscriptionId(),
            plain.plan(),
            plain.status(),
            plain.expiresAt(),
            plain.policy(),
            Set.of("core"),
            plain.assigneeId(),
            plain.createdAt());
    record("exports", 3);

    assertThat(quotaCheck().limitReached(withoutQuotas, Set.of(), clock.instant())).isFalse();
  }

  private UsageCheck quotaCheck() {
    return new UsageMetering(
            setup.fixture.store,
            Optional.empty(),
            new OrganizationAccess(
                setup.fixture.store.accounts(), setup.fixture.store.organizations()),
            clock)
        .quotaCheck();
  }

  private Subscription subscription() {
    return setup
        .fixture
        .store
        .transactions()
        .inTransaction(() -> setup.fixture.store.subscriptions().findById(license.subscriptionId()))
        .orElseThrow();
  }
}
