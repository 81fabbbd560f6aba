package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.TransferRule;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link LicenseRepository} promises about storing and finding licenses. */
public abstract class LicenseRepositoryContract {
  private Persistence store;
  private LicenseRepository licenses;
  private Seeds seeds;
  private Subscription subscription;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    licenses = store.licenses();
    seeds = new Seeds(store);
    subscription = seeds.subscription(seeds.organization().id());
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private void insertAll(List<License> batch) {
    store.transactions().run(() -> licenses.insertAll(batch));
  }

  private List<License> licensesOf(Subscription of, int count) {
    List<License> batch = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      batch.add(TestData.license(UUID.randomUUID(), of, Optional.empty()));
    }
    return batch;
  }

  private static List<UUID> inIdOrder(List<License> of) {
    return of.stream().map(License::id).sorted(UuidOrder.ASCENDING).toList();
  }

  @Test
  void storedLicenseIsFoundByIdAndByKeyWithEveryField() {
    Account assignee = seeds.account();
    License license =
        new License(
            TestData.newId(),
            "7KQ3M-0ZX9D-ABCDE-FGHJK-MNPQR-STVWX",
            subscription.organizationId(),
            subscription.id(),
            subscription.plan(),
            LicenseStatus.SUSPENDED,
            TestData.NOW.plus(Duration.ofDays(30)),
            new LicensePolicy(4, true, false, 9, Duration.ofHours(36))
                .floating(2, Duration.ofSeconds(75))
                .withUserBound(true)
                .withOverage(OverageAllowance.ALLOW_1_25X)
                .withTransferRule(TransferRule.KEEP),
            Set.of("core", "odd,name", "100%"),
            Optional.of(assignee.id()),
            TestData.NOW);

    insertAll(List.of(license));

    assertThat(tx(() -> licenses.findById(license.id()))).contains(license);
    assertThat(tx(() -> licenses.findByKey(license.key()))).contains(license);
  }

  @Test
  void licenseWithoutEntitlementsOrAssigneeRoundTrips() {
    License template = TestData.license(subscription);
    License license =
        new License(
            template.id(),
            template.key(),
            template.organizationId(),
            template.subscriptionId(),
            template.plan(),
            LicenseStatus.ACTIVE,
            template.expiresAt(),
            template.policy(),
            Set.of(),
            Optional.empty(),
            template.createdAt());

    insertAll(List.of(license));

    assertThat(tx(() -> licenses.findById(license.id()))).contains(license);
  }

  @Test
  void unknownLicenseIsNotFound() {
    assertThat(tx(() -> licenses.findById(TestData.newId()))).isEmpty();
    assertThat(tx(() -> licenses.findByKey("NO-SUCH-KEY"))).isEmpty();
    assertThat(tx(() -> licenses.lockByKey("NO-SUCH-KEY"))).isEmpty();
    assertThat(tx(() -> licenses.findView(TestData.newId()))).isEmpty();
  }

  @Test
  void lockByKeyFindsTheLicense() {
    License license = TestData.license(subscription);
    insertAll(List.of(license));

    assertThat(tx(() -> licenses.lockByKey(license.key()))).contains(license);
  }

  @Test
  void takenKeyIsDuplicateKeyAndNoLicenseOfTheBatchIsStored() {
    License existing = TestData.license(subscription);
    insertAll(List.of(existing));
    License fresh = TestData.license(subscription);
    License sameKey = TestData.license(subscription);
    License clash =
        new License(
            sameKey.id(),
            existing.key(),
            sameKey.organizationId(),
            sameKey.subscriptionId(),
            sameKey.plan(),
            sameKey.status(),
            sameKey.expiresAt(),
            sameKey.policy(),
            sameKey.entitlements(),
            sameKey.assigneeId(),
            sameKey.createdAt());

    assertThatThrownBy(() -> insertAll(List.of(fresh, clash)))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> licenses.findById(fresh.id()))).isEmpty();
  }

  @Test
  void licensesInsertedInATransactionThatRollsBackAreNotStored() {
    List<License> batch = licensesOf(subscription, 3);

    assertThatThrownBy(
            () ->
                store
                    .transactions()
                    .run(
                        () -> {
                          licenses.insertAll(batch);
                          throw new IllegalStateException("rolled back");
                        }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(tx(() -> licenses.findById(batch.get(0).id()))).isEmpty();
  }

  @Test
  void tenThousandLicensesOfOneSubscriptionAreStoredInOneBatch() {
    List<License> batch =
        IntStream.range(0, 10_000).mapToObj(i -> TestData.license(subscription)).toList();

    long started = System.nanoTime();
    insertAll(batch);
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("%s: inserted 10,000 licenses in %d ms%n", getClass().getName(), millis);

    List<UUID> seen = new ArrayList<>();
    UUID after = null;
    List<UUID> organizations = List.of(subscription.organizationId());
    UUID account = TestData.newId();
    do {
      UUID cursor = after;
      List<LicenseView> page = tx(() -> licenses.findVisible(account, organizations, cursor, 500));
      page.forEach(v -> seen.add(v.license().id()));
      after = page.size() < 500 ? null : page.get(page.size() - 1).license().id();
    } while (after != null);
    assertThat(seen).containsExactlyElementsOf(inIdOrder(batch));
    License last = batch.get(batch.size() - 1);
    assertThat(tx(() -> licenses.findByKey(last.key()))).contains(last);
  }

  /** An API key is no account: it sees its organization's licenses and no assigned ones. */
  @Test
  void callerWithoutAnAccountSeesTheOrganizationsLicensesOnly() {
    Account assignee = seeds.account();
    License ofOrganization = seeds.license(subscription, Optional.of(assignee.id()));
    seeds.license(seeds.subscription(seeds.organization().id()), Optional.of(assignee.id()));

    List<LicenseView> visible =
        tx(() -> licenses.findVisible(null, List.of(subscription.organizationId()), null, 10));

    assertThat(visible).extracting(v -> v.license().id()).containsExactly(ofOrganization.id());
  }

  @Test
  void lockByIdFindsTheLicense() {
    License license = TestData.license(subscription);
    insertAll(List.of(license));

    assertThat(tx(() -> licenses.lockById(license.id()))).contains(license);
    assertThat(tx(() -> licenses.lockById(TestData.newId()))).isEmpty();
  }

  @Test
  void assigneeIsSetAndClearedAndReadBackInTheSameTransaction() {
    License license = seeds.license(subscription, Optional.empty());
    UUID account = seeds.account().id();

    Optional<UUID> assigned =
        tx(
            () -> {
              licenses.findById(license.id());
              licenses.updateAssignee(license.id(), account);
              return licenses.findById(license.id()).orElseThrow().assigneeId();
            });
    assertThat(assigned).contains(account);
    assertThat(tx(() -> licenses.findView(license.id())).orElseThrow().license().assigneeId())
        .contains(account);

    store.transactions().run(() -> licenses.updateAssignee(license.id(), null));

    assertThat(tx(() -> licenses.findById(license.id())).orElseThrow().assigneeId()).isEmpty();
  }

  @Test
  void updateAssigneeChangesThatLicenseOnly() {
    UUID holder = seeds.account().id();
    License changed = seeds.license(subscription, Optional.of(holder));
    License other = seeds.license(subscription, Optional.of(holder));
    UUID newHolder = seeds.account().id();

    store.transactions().run(() -> licenses.updateAssignee(changed.id(), newHolder));

    assertThat(tx(() -> licenses.findById(changed.id())).orElseThrow().assigneeId())
        .contains(newHolder);
    assertThat(tx(() -> licenses.findById(other.id()))).contains(other);
  }

  @Test
  void unassignAllClearsTheOrganizationsLicensesHeldByTheAccountsAndReturnsThem() {
    UUID leaving = seeds.account().id();
    UUID alsoLeaving = seeds.account().id();
    UUID staying = seeds.account().id();
    License first = seeds.license(subscription, Optional.of(leaving));
    License second = seeds.license(subscription, Optional.of(leaving));
    License third = seeds.license(subscription, Optional.of(alsoLeaving));
    License kept = seeds.license(subscription, Optional.of(staying));
    License free = seeds.license(subscription, Optional.empty());
    License elsewhere =
        seeds.license(seeds.subscription(seeds.organization().id()), Optional.of(leaving));

    List<UUID> unassigned =
        tx(
            () -> {
              licenses.findById(first.id());
              List<UUID> ids =
                  licenses.unassignAll(
                      subscription.organizationId(),
                      List.of(leaving, alsoLeaving, TestData.newId()));
              assertThat(licenses.findById(first.id()).orElseThrow().assigneeId()).isEmpty();
              return ids;
            });

    assertThat(unassigned).containsExactlyInAnyOrder(first.id(), second.id(), third.id());
    for (License license : List.of(first, second, third)) {
      assertThat(tx(() -> licenses.findById(license.id())).orElseThrow().assigneeId()).isEmpty();
    }
    assertThat(tx(() -> licenses.findById(kept.id()))).contains(kept);
    assertThat(tx(() -> licenses.findById(free.id()))).contains(free);
    assertThat(tx(() -> licenses.findById(elsewhere.id()))).contains(elsewhere);
  }

  @Test
  void unassignAllOfAccountsHoldingNothingChangesNothing() {
    License held = seeds.license(subscription, Optional.of(seeds.account().id()));

    assertThat(
            tx(
                () ->
                    licenses.unassignAll(
                        subscription.organizationId(), List.of(seeds.account().id()))))
        .isEmpty();
    assertThat(tx(() -> licenses.unassignAll(subscription.organizationId(), List.of()))).isEmpty();
    assertThat(tx(() -> licenses.findById(held.id()))).contains(held);
  }

  @Test
  void aChangeOfPlanGivesTheSubscriptionsLicensesTheWholeNewPolicy() {
    License license = seeds.license(subscription, Optional.empty());
    Plan template = seeds.plan();
    Plan floating =
        new Plan(
            TestData.unique("floating"),
            template.name(),
            template.description(),
            template.prices(),
            template.minSeats(),
            template.maxSeats(),
            template.trialDays(),
            Set.of("core", "floating"),
            new LicensePolicy(6, true, true, 2, Duration.ofDays(3))
                .floating(4, Duration.ofMinutes(2))
                .withUserBound(true)
                .withOverage(OverageAllowance.ALLOW_2X)
                .withTransferRule(TransferRule.KEEP),
            false);
    store.transactions().run(() -> store.plans().insertIfAbsent(floating));

    assertThat(tx(() -> licenses.changePlan(subscription.id(), floating))).isEqualTo(1);

    License changed = tx(() -> licenses.findById(license.id())).orElseThrow();
    assertThat(changed.plan()).isEqualTo(floating.code());
    assertThat(changed.policy()).isEqualTo(floating.policy());
    assertThat(changed.entitlements()).isEqualTo(floating.entitlements());
  }
}
