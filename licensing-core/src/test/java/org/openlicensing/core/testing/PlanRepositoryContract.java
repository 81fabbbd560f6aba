package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.api.catalog.TransferRule;
import org.openlicensing.core.catalog.PlanRepository;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link PlanRepository} promises. */
public abstract class PlanRepositoryContract {
  private Persistence store;
  private PlanRepository plans;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    plans = store.plans();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private static Plan plan(String code, String name) {
    return new Plan(
        code,
        name,
        "Everything a " + name + " needs",
        List.of(
            new Price(BillingPeriod.YEARLY, Money.of(99_000, "EUR")),
            new Price(BillingPeriod.MONTHLY, Money.of(9_900, "EUR")),
            new Price(BillingPeriod.MONTHLY, Money.of(10_500, "USD"))),
        5,
        10_000,
        30,
        Set.of("core", "sso", "audit-log"),
        new LicensePolicy(5, true, false, 14, Duration.ofDays(30))
            .floating(3, Duration.ofSeconds(90))
            .withUserBound(true)
            .withOverage(OverageAllowance.ALLOW_1_5X)
            .withTransferRule(TransferRule.KEEP),
        true);
  }

  @Test
  void storedPlanIsFoundByCodeWithEveryFieldAndPricesInOrder() {
    Plan plan = plan("enterprise", "Enterprise");

    assertThat(tx(() -> plans.insertIfAbsent(plan))).isTrue();

    assertThat(tx(() -> plans.findByCode("enterprise"))).contains(plan);
    assertThat(tx(() -> plans.findByCode("unknown"))).isEmpty();
  }

  @Test
  void planWithoutPricesOrEntitlementsRoundTrips() {
    Plan plan =
        new Plan(
            "free",
            "Free",
            "",
            List.of(),
            1,
            1,
            0,
            Set.of(),
            new LicensePolicy(1, false, true, 0, Duration.ofHours(1)),
            false);

    store.transactions().run(() -> plans.insertIfAbsent(plan));

    assertThat(tx(() -> plans.findByCode("free"))).contains(plan);
  }

  @Test
  void planWithATakenCodeIsNotStoredAndTheFirstStays() {
    Plan first = plan("pro", "Pro");
    store.transactions().run(() -> plans.insertIfAbsent(first));

    assertThat(tx(() -> plans.insertIfAbsent(plan("pro", "Another Pro")))).isFalse();

    assertThat(tx(() -> plans.findByCode("pro"))).contains(first);
  }

  @Test
  void allPlansAreListedInTheOrderTheyWereAdded() {
    Plan basic = plan("basic", "Basic");
    Plan pro = plan("pro", "Pro");
    Plan enterprise = plan("enterprise", "Enterprise");
    store.transactions().run(() -> plans.insertIfAbsent(basic));
    store.transactions().run(() -> plans.insertIfAbsent(pro));
    store.transactions().run(() -> plans.insertIfAbsent(enterprise));

    assertThat(tx(plans::findAll)).containsExactly(basic, pro, enterprise);
  }

  private static Plan edited(Plan plan, int priceVersion, boolean active) {
    return new Plan(
        plan.code(),
        plan.name() + " (renamed)",
        "Now with a new description",
        List.of(
            new Price(BillingPeriod.MONTHLY, Money.of(12_900, "EUR")),
            new Price(BillingPeriod.YEARLY, Money.of(129_000, "EUR"))),
        2,
        20,
        7,
        Set.of("core", "exports"),
        new LicensePolicy(2, false, true, 3, Duration.ofDays(10)),
        false,
        priceVersion,
        active);
  }

  @Test
  void updateReplacesEveryFieldPricesAndEntitlementsIncluded() {
    Plan plan = plan("enterprise", "Enterprise");
    store.transactions().run(() -> plans.insertIfAbsent(plan));
    Plan changed = edited(plan, 2, false);

    assertThat(tx(() -> plans.update(changed))).isTrue();

    assertThat(tx(() -> plans.findByCode("enterprise"))).contains(changed);
  }

  @Test
  void updateOfAnUnknownPlanChangesNothing() {
    Plan stranger = plan("stranger", "Stranger");

    assertThat(tx(() -> plans.update(stranger))).isFalse();

    assertThat(tx(plans::findAll)).isEmpty();
  }

  @Test
  void updatedPlanKeepsItsPlaceInTheCatalog() {
    Plan basic = plan("basic", "Basic");
    Plan pro = plan("pro", "Pro");
    store.transactions().run(() -> plans.insertIfAbsent(basic));
    store.transactions().run(() -> plans.insertIfAbsent(pro));
    Plan renamed = edited(basic, 1, true);

    store.transactions().run(() -> plans.update(renamed));

    assertThat(tx(plans::findAll)).containsExactly(renamed, pro);
  }

  @Test
  void aPlanOnSaleByDefaultRoundTripsRetired() {
    Plan retired = edited(plan("legacy", "Legacy"), 3, false);

    store.transactions().run(() -> plans.insertIfAbsent(retired));

    assertThat(tx(() -> plans.findByCode("legacy"))).contains(retired);
    assertThat(plan("basic", "Basic").active()).isTrue();
  }

  @Test
  void lockReadsThePlanAsStoredAndNothingForAnUnknownCode() {
    Plan plan = plan("pro", "Pro");
    store.transactions().run(() -> plans.insertIfAbsent(plan));

    assertThat(tx(() -> plans.lock("pro"))).contains(plan);
    assertThat(tx(() -> plans.lock("unknown"))).isEmpty();
  }
}
