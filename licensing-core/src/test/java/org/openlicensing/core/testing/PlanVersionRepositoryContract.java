package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.admin.PlanVersion;
import org.openlicensing.api.admin.PlanVersionSource;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.api.catalog.TransferRule;
import org.openlicensing.core.catalog.PlanVersionRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link PlanVersionRepository} promises. */
public abstract class PlanVersionRepositoryContract {
  private static final Instant SAVED = Instant.parse("2026-03-01T10:15:30.123456Z");

  private Persistence store;
  private PlanVersionRepository versions;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    versions = store.planVersions();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private static Plan plan(String code, long monthly, int priceVersion, boolean active) {
    return new Plan(
        code,
        "Plan " + code,
        "A plan to keep versions of",
        List.of(
            new Price(BillingPeriod.YEARLY, Money.of(monthly * 10, "EUR")),
            new Price(BillingPeriod.MONTHLY, Money.of(monthly, "EUR")),
            new Price(BillingPeriod.MONTHLY, Money.of(monthly + 100, "USD"))),
        1,
        50,
        14,
        Set.of("core", "exports"),
        new LicensePolicy(3, true, false, 7, Duration.ofDays(14))
            .floating(2, Duration.ofMinutes(3))
            .withUserBound(true)
            .withOverage(OverageAllowance.ALLOW_2X)
            .withTransferRule(TransferRule.KEEP),
        true,
        priceVersion,
        active);
  }

  /** The plans' rows come first: a version belongs to a stored plan. */
  private void storePlans(String... codes) {
    for (String code : codes) {
      store.transactions().run(() -> store.plans().insertIfAbsent(plan(code, 900, 1, true)));
    }
  }

  @Test
  void versionsRoundTripWithEveryFieldNewestFirst() {
    storePlans("pro");
    PlanVersion first =
        new PlanVersion(
            1,
            plan("pro", 2_900, 1, true),
            PlanVersionSource.FILE,
            Optional.of(3),
            SAVED,
            Optional.empty(),
            List.of("created"));
    PlanVersion second =
        new PlanVersion(
            2,
            plan("pro", 3_400, 2, false),
            PlanVersionSource.ADMIN,
            Optional.empty(),
            SAVED.plusSeconds(60),
            Optional.of(UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057")),
            List.of("prices", "active"));

    store.transactions().run(() -> versions.append(first));
    store.transactions().run(() -> versions.append(second));

    assertThat(tx(() -> versions.findByCode("pro"))).containsExactly(second, first);
  }

  @Test
  void aVersionWithoutChangesRoundTrips() {
    storePlans("basic");
    PlanVersion seed =
        new PlanVersion(
            1,
            plan("basic", 900, 4, true),
            PlanVersionSource.SEED,
            Optional.empty(),
            SAVED,
            Optional.empty(),
            List.of());

    store.transactions().run(() -> versions.append(seed));

    assertThat(tx(() -> versions.findByCode("basic"))).containsExactly(seed);
  }

  @Test
  void aPlanWithoutVersionsHasNoHistory() {
    storePlans("basic");

    assertThat(tx(() -> versions.findByCode("basic"))).isEmpty();
    assertThat(tx(versions::latestVersions)).isEmpty();
  }

  @Test
  void theSameNumberTwiceForOnePlanBreaksUniqueness() {
    storePlans("pro");
    PlanVersion first = version("pro", 1);
    store.transactions().run(() -> versions.append(first));

    assertThatThrownBy(() -> store.transactions().run(() -> versions.append(version("pro", 1))))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> versions.findByCode("pro"))).containsExactly(first);
  }

  @Test
  void latestVersionsNameTheNewestNumberOfEachPlan() {
    storePlans("basic", "pro", "enterprise");
    for (int v = 1; v <= 3; v++) {
      PlanVersion version = version("pro", v);
      store.transactions().run(() -> versions.append(version));
    }
    store.transactions().run(() -> versions.append(version("basic", 1)));

    assertThat(tx(versions::latestVersions))
        .containsOnlyKeys("basic", "pro")
        .containsEntry("basic", 1)
        .containsEntry("pro", 3);
    assertThat(tx(() -> versions.findByCode("pro")))
        .extracting(PlanVersion::version)
        .containsExactly(3, 2, 1);
  }

  private static PlanVersion version(String code, int number) {
    return new PlanVersion(
        number,
        plan(code, 900 + number, number, true),
        PlanVersionSource.ADMIN,
        Optional.empty(),
        SAVED.plusSeconds(number),
        Optional.empty(),
        List.of("name"));
  }
}
