package org.openlicensing.persistence.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.usage.MetricTotal;
import org.openlicensing.api.usage.NewUsage;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.api.usage.UsageQuery;
import org.openlicensing.api.usage.UsageService;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.persistence.testing.TestDatabase;

/**
 * Usage reported at once from many threads, as many devices and servers report it: a key counts
 * once however many reports carry it, no addition to a day's total is lost, and a quota holds.
 */
abstract class UsageRaceContract {
  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final int THREADS = 6;

  private Persistence store;
  private CoreFixture fixture;
  private UsageService usage;
  private Caller owner;
  private List<License> licenses;
  private ExecutorService threads;

  /** The database of the test class. */
  abstract TestDatabase database();

  @BeforeEach
  void buyMeteredSeats() {
    store = database().emptyPersistence();
    fixture = new CoreFixture(store);
    Plan plan =
        new Plan(
            "metered",
            "Metered",
            "",
            List.of(new Price(BillingPeriod.MONTHLY, Money.of(1_000, "EUR"))),
            1,
            10,
            0,
            Set.of("core", "quota:capped:50:day"),
            new LicensePolicy(3, false, true, 7, Duration.ofDays(14)),
            false);
    store.transactions().run(() -> store.plans().insertIfAbsent(plan));
    owner = CoreFixture.caller(fixture.customer());
    fixture
        .licensing
        .subscriptions()
        .subscribe(
            owner,
            new NewSubscription(null, "metered", 2, BillingPeriod.MONTHLY, "pm_card_visa"),
            null);
    licenses =
        fixture.licensing.licenses().visibleTo(owner, null, 10).items().stream()
            .map(LicenseView::license)
            .toList();
    usage = fixture.licensing.usage();
    threads = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  private RecordedUsage record(License license, String metric, long quantity, String key) {
    return usage.record(
        new Caller.LicenseKeyCaller(license.key()),
        license.id(),
        new NewUsage(metric, quantity, key));
  }

  private long total(License license, String metric) {
    return usage.licenseUsage(owner, license.id(), UsageQuery.DEFAULT).totals().stream()
        .filter(t -> t.metric().equals(metric))
        .mapToLong(MetricTotal::total)
        .sum();
  }

  private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          threads.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(PATIENCE.toSeconds(), TimeUnit.SECONDS));
    }
    return results;
  }

  @Test
  void aDuplicateRacingTheUncommittedFirstWaitsAndAnswersTheFirst() throws Exception {
    License license = licenses.get(0);
    CountDownLatch firstInserted = new CountDownLatch(1);
    CountDownLatch secondIsWaiting = new CountDownLatch(1);
    Future<RecordedUsage> first =
        threads.submit(
            () ->
                store
                    .transactions()
                    .inTransaction(
                        () -> {
                          RecordedUsage recorded = record(license, "api_calls", 5, "same-key");
                          firstInserted.countDown();
                          await(secondIsWaiting);
                          return recorded;
                        }));
    assertThat(firstInserted.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
    Future<RecordedUsage> second =
        threads.submit(() -> record(license, "api_calls", 5, "same-key"));

    database().awaitStatementInProgress("INSERT INTO usage_events", PATIENCE);
    secondIsWaiting.countDown();

    RecordedUsage original = first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    RecordedUsage repeat = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertThat(original.created()).isTrue();
    assertThat(repeat.created()).isFalse();
    assertThat(repeat.event()).isEqualTo(original.event());
    assertThat(total(license, "api_calls")).isEqualTo(5);
  }

  @Test
  void concurrentDuplicatesCountOnce() throws Exception {
    License license = licenses.get(0);
    List<Callable<RecordedUsage>> tasks = new ArrayList<>();
    for (int i = 0; i < THREADS * 4; i++) {
      tasks.add(() -> record(license, "api_calls", 7, "one-key"));
    }

    List<RecordedUsage> answers = all(tasks);

    assertThat(answers).filteredOn(RecordedUsage::created).hasSize(1);
    assertThat(answers).extracting(a -> a.event().id()).containsOnly(answers.get(0).event().id());
    assertThat(total(license, "api_calls")).isEqualTo(7);
  }

  @Test
  void concurrentReportsLoseNoAddition() throws Exception {
    int reportsPerThread = 40;
    List<Callable<Integer>> tasks = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      License license = licenses.get(t % 2);
      tasks.add(
          () -> {
            for (int i = 0; i < reportsPerThread; i++) {
              record(license, "api_calls", 3, UUID.randomUUID().toString());
            }
            return reportsPerThread;
          });
    }

    all(tasks);

    long perLicense = (long) THREADS / 2 * reportsPerThread * 3;
    assertThat(total(licenses.get(0), "api_calls")).isEqualTo(perLicense);
    assertThat(total(licenses.get(1), "api_calls")).isEqualTo(perLicense);
    assertThat(
            usage
                .organizationUsage(owner, licenses.get(0).organizationId(), UsageQuery.DEFAULT)
                .totals())
        .containsExactly(new MetricTotal("api_calls", 2 * perLicense));
  }

  @Test
  void concurrentReportsNeverPassAQuota() throws Exception {
    License license = licenses.get(0);
    List<Callable<Boolean>> tasks = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      tasks.add(
          () -> {
            try {
              record(license, "capped", 1, UUID.randomUUID().toString());
              return true;
            } catch (LicensingException e) {
              assertThat(e.code()).isEqualTo(ErrorCode.USAGE_LIMIT_REACHED);
              return false;
            }
          });
    }

    List<Boolean> accepted = all(tasks);

    assertThat(accepted).filteredOn(Boolean::booleanValue).hasSize(50);
    assertThat(total(license, "capped")).isEqualTo(50);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the other transaction never came");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
