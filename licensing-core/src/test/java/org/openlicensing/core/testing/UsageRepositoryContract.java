package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.usage.DailyUsage;
import org.openlicensing.api.usage.DayRange;
import org.openlicensing.api.usage.UsageEvent;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.usage.DeviceChanges;
import org.openlicensing.core.usage.UsageRepository;

/** What every {@link UsageRepository} promises. */
public abstract class UsageRepositoryContract {
  private static final LocalDate DAY = LocalDate.of(2031, 3, 4);
  private static final Instant MIDNIGHT = DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

  private Persistence store;
  private UsageRepository usage;
  private Seeds seeds;
  private License license;
  private License sibling;
  private UUID organizationId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    usage = store.usage();
    seeds = new Seeds(store);
    Subscription subscription = seeds.subscription(seeds.organization().id());
    license = seeds.license(subscription, Optional.empty());
    sibling = seeds.license(subscription, Optional.empty());
    organizationId = subscription.organizationId();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private UsageEvent event(License of, String metric, long quantity, String key, Instant at) {
    return new UsageEvent(TestData.newId(), of.id(), metric, quantity, key, at);
  }

  private void addToDay(License of, String metric, LocalDate day, long quantity) {
    store
        .transactions()
        .run(() -> usage.addToDay(of.id(), of.organizationId(), metric, day, quantity));
  }

  @Test
  void anEventIsStoredOncePerLicenseAndKeyWithEveryField() {
    UsageEvent event = event(license, "api_calls", 7, "key-1", TestData.NOW);

    assertThat(tx(() -> usage.insertIfAbsent(event))).isTrue();
    assertThat(tx(() -> usage.insertIfAbsent(event(license, "other", 1, "key-1", TestData.NOW))))
        .isFalse();
    assertThat(
            tx(() -> usage.insertIfAbsent(event(sibling, "api_calls", 1, "key-1", TestData.NOW))))
        .isTrue();

    assertThat(tx(() -> usage.findByKey(license.id(), "key-1"))).contains(event);
    assertThat(tx(() -> usage.findByKey(license.id(), "key-2"))).isEmpty();
  }

  @Test
  void aDaysTotalIsMadeOnceAndAddedTo() {
    addToDay(license, "api_calls", DAY, 3);
    addToDay(license, "api_calls", DAY, 4);
    addToDay(license, "api_calls", DAY.plusDays(1), 5);
    addToDay(license, "exports", DAY, 1);

    assertThat(
            tx(
                () ->
                    usage.licenseDays(
                        license.id(), new DayRange(DAY, DAY.plusDays(1)), Optional.empty())))
        .containsExactly(
            new DailyUsage(DAY, "api_calls", 7),
            new DailyUsage(DAY, "exports", 1),
            new DailyUsage(DAY.plusDays(1), "api_calls", 5));
    assertThat(tx(() -> usage.dailyTotalFrom(license.id(), "api_calls", DAY))).isEqualTo(12);
    assertThat(tx(() -> usage.dailyTotalFrom(license.id(), "api_calls", DAY.plusDays(1))))
        .isEqualTo(5);
    assertThat(tx(() -> usage.dailyTotalFrom(license.id(), "nothing", DAY))).isZero();
  }

  @Test
  void aLicensesDaysAreItsOwnWithinTheRangeAndMetric() {
    addToDay(license, "api_calls", DAY.minusDays(1), 1);
    addToDay(license, "api_calls", DAY, 2);
    addToDay(license, "exports", DAY, 3);
    addToDay(license, "api_calls", DAY.plusDays(1), 4);
    addToDay(sibling, "api_calls", DAY, 100);

    assertThat(
            tx(
                () ->
                    usage.licenseDays(
                        license.id(), new DayRange(DAY, DAY), Optional.of("api_calls"))))
        .containsExactly(new DailyUsage(DAY, "api_calls", 2));
  }

  @Test
  void anOrganizationsDaysAddUpItsLicensesAndNoOthers() {
    License elsewhere = seeds.license();
    addToDay(license, "api_calls", DAY, 2);
    addToDay(sibling, "api_calls", DAY, 3);
    addToDay(sibling, "exports", DAY, 1);
    addToDay(license, "api_calls", DAY.plusDays(1), 4);
    addToDay(elsewhere, "api_calls", DAY, 1000);

    DayRange range = new DayRange(DAY, DAY.plusDays(1));
    assertThat(tx(() -> usage.organizationDays(organizationId, range, Optional.empty())))
        .containsExactly(
            new DailyUsage(DAY, "api_calls", 5),
            new DailyUsage(DAY, "exports", 1),
            new DailyUsage(DAY.plusDays(1), "api_calls", 4));
    assertThat(tx(() -> usage.organizationDays(organizationId, range, Optional.of("exports"))))
        .containsExactly(new DailyUsage(DAY, "exports", 1));
  }

  @Test
  void eventTotalsCountFromTheFirstInstantUpToButNotTheLast() {
    Instant from = MIDNIGHT.plus(Duration.ofHours(5));
    Instant to = MIDNIGHT.plus(Duration.ofDays(1));
    store
        .transactions()
        .run(
            () -> {
              usage.insertIfAbsent(event(license, "m", 1, "before", from.minusNanos(1_000)));
              usage.insertIfAbsent(event(license, "m", 2, "at-start", from));
              usage.insertIfAbsent(event(license, "m", 4, "last", to.minusNanos(1_000)));
              usage.insertIfAbsent(event(license, "m", 8, "at-end", to));
              usage.insertIfAbsent(event(license, "other", 16, "other", from));
              usage.insertIfAbsent(event(sibling, "m", 32, "sibling", from));
            });

    assertThat(tx(() -> usage.eventTotal(license.id(), "m", from, to))).isEqualTo(6);
  }

  @Test
  void deviceChangesCountStartsAndEndsByUtcDayAtTheBoundaries() {
    DayRange range = new DayRange(DAY, DAY.plusDays(2));
    Instant start = range.start();
    License elsewhere = seeds.license();
    activation(license, start.minusSeconds(10), null);
    activation(license, start.minusSeconds(10), start.minusNanos(1_000));
    activation(sibling, start.minusSeconds(10), start);
    activation(license, start, start.plus(Duration.ofDays(1)).minusNanos(1_000));
    activation(sibling, start.plus(Duration.ofDays(1)).minusNanos(1_000), null);
    activation(license, start.plus(Duration.ofDays(2)), range.end().minusNanos(1_000));
    activation(license, range.end(), null);
    activation(elsewhere, start, null);

    DeviceChanges changes = tx(() -> usage.deviceChanges(organizationId, range));

    assertThat(changes.activeAtStart()).isEqualTo(2);
    assertThat(changes.activatedOn()).isEqualTo(Map.of(DAY, 2L, DAY.plusDays(2), 1L));
    assertThat(changes.deactivatedOn()).isEqualTo(Map.of(DAY, 2L, DAY.plusDays(2), 1L));
  }

  /** An activation made at {@code created}, ended at {@code ended} unless that is null. */
  private void activation(License of, Instant created, Instant ended) {
    Activation activation =
        new Activation(
            TestData.newId(),
            of.id(),
            "device-" + TestData.newId(),
            Optional.empty(),
            Optional.empty(),
            created,
            created);
    store
        .transactions()
        .run(
            () -> {
              store.activations().insert(activation);
              if (ended != null) {
                store.activations().deactivate(activation.id(), ended);
              }
            });
  }

  @Test
  void noUsageIsNoRowsAndZeroTotals() {
    DayRange range = new DayRange(DAY, DAY);
    assertThat(tx(() -> usage.licenseDays(license.id(), range, Optional.empty())))
        .isEqualTo(List.of());
    assertThat(tx(() -> usage.organizationDays(organizationId, range, Optional.empty()))).isEmpty();
    assertThat(tx(() -> usage.eventTotal(license.id(), "m", MIDNIGHT, MIDNIGHT.plusSeconds(1))))
        .isZero();
    assertThat(tx(() -> usage.deviceChanges(organizationId, range)))
        .isEqualTo(new DeviceChanges(0, Map.of(), Map.of()));
  }
}
