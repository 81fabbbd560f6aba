package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.licenses.LicenseRepository;
import org.openlicensing.core.persistence.Persistence;

/**
 * What every {@link LicenseRepository} promises about licenses as their holders see them: {@code
 * findView} and the pages of {@code findVisible}.
 */
public abstract class LicenseViewContract {
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

  private static List<UUID> ids(List<LicenseView> views) {
    return views.stream().map(v -> v.license().id()).toList();
  }

  private static List<UUID> inIdOrder(List<License> of) {
    return of.stream().map(License::id).sorted(UuidOrder.ASCENDING).toList();
  }

  @Test
  void viewCountsActiveActivationsOnlyAndNamesTheAssignee() {
    Account assignee = seeds.account();
    License license = seeds.license(subscription, Optional.of(assignee.id()));
    var first = TestData.activation(license.id(), "device-1");
    var second = TestData.activation(license.id(), "device-2");
    var ended = TestData.activation(license.id(), "device-3");
    store
        .transactions()
        .run(
            () -> {
              store.activations().insert(first);
              store.activations().insert(second);
              store.activations().insert(ended);
              store.activations().deactivate(ended.id(), TestData.minutesLater(1));
            });

    assertThat(tx(() -> licenses.findView(license.id())))
        .contains(new LicenseView(license, 2, Optional.of(assignee.email())));
  }

  @Test
  void viewOfAnUnassignedUnusedLicenseHasNoAssigneeAndNoActivations() {
    License license = seeds.license(subscription, Optional.empty());

    assertThat(tx(() -> licenses.findView(license.id())))
        .contains(new LicenseView(license, 0, Optional.empty()));
  }

  @Test
  void theViewOfALicenseJustReadNamesItsHolderAndTakesTheCountGiven() {
    Account assignee = seeds.account();
    License held = seeds.license(subscription, Optional.of(assignee.id()));
    License free = seeds.license(subscription, Optional.empty());

    assertThat(tx(() -> licenses.viewOf(held, 2)))
        .isEqualTo(new LicenseView(held, 2, Optional.of(assignee.email())));
    assertThat(tx(() -> licenses.viewOf(free, 0)))
        .isEqualTo(new LicenseView(free, 0, Optional.empty()));
  }

  @Test
  void visibleLicensesAreTheOrganizationsAndThoseAssignedToTheAccountInIdOrder() {
    Account account = seeds.account();
    Subscription otherSubscription = seeds.subscription(seeds.organization().id());
    List<License> ofOrganization = licensesOf(subscription, 3);
    License assignedElsewhere =
        TestData.license(UUID.randomUUID(), otherSubscription, Optional.of(account.id()));
    License unassignedElsewhere =
        TestData.license(UUID.randomUUID(), otherSubscription, Optional.empty());
    List<License> all = new ArrayList<>(ofOrganization);
    all.add(assignedElsewhere);
    insertAll(all);
    insertAll(List.of(unassignedElsewhere));

    List<LicenseView> visible =
        tx(
            () ->
                licenses.findVisible(
                    account.id(), List.of(subscription.organizationId()), null, 100));

    assertThat(ids(visible)).containsExactlyElementsOf(inIdOrder(all));
    assertThat(visible)
        .filteredOn(v -> v.license().id().equals(assignedElsewhere.id()))
        .singleElement()
        .isEqualTo(new LicenseView(assignedElsewhere, 0, Optional.of(account.email())));
  }

  @Test
  void licenseOfTheOrganizationAssignedToTheAccountIsVisibleOnce() {
    Account account = seeds.account();
    License license = seeds.license(subscription, Optional.of(account.id()));

    assertThat(
            tx(
                () ->
                    licenses.findVisible(
                        account.id(), List.of(subscription.organizationId()), null, 10)))
        .containsExactly(new LicenseView(license, 0, Optional.of(account.email())));
  }

  @Test
  void accountWithoutOrganizationsSeesOnlyItsAssignedLicenses() {
    Account account = seeds.account();
    License assigned = seeds.license(subscription, Optional.of(account.id()));
    seeds.license(subscription, Optional.empty());

    assertThat(ids(tx(() -> licenses.findVisible(account.id(), List.of(), null, 10))))
        .containsExactly(assigned.id());
  }

  @Test
  void visibleLicensesArePagedAfterTheGivenIdUpToTheLimit() {
    Account account = seeds.account();
    List<License> all = licensesOf(subscription, 5);
    all.add(TestData.license(UUID.randomUUID(), subscription, Optional.of(account.id())));
    all.add(TestData.license(UUID.randomUUID(), subscription, Optional.of(account.id())));
    insertAll(all);
    List<UUID> expected = inIdOrder(all);
    List<UUID> organizations = List.of(subscription.organizationId());

    List<UUID> first = ids(tx(() -> licenses.findVisible(account.id(), organizations, null, 3)));
    List<UUID> second =
        ids(tx(() -> licenses.findVisible(account.id(), organizations, first.get(2), 3)));
    List<UUID> third =
        ids(tx(() -> licenses.findVisible(account.id(), organizations, second.get(2), 3)));

    assertThat(first).containsExactlyElementsOf(expected.subList(0, 3));
    assertThat(second).containsExactlyElementsOf(expected.subList(3, 6));
    assertThat(third).containsExactlyElementsOf(expected.subList(6, 7));
  }

  @Test
  void assignedLicensesArePagedLikeTheOthers() {
    Account account = seeds.account();
    Subscription elsewhere = seeds.subscription(seeds.organization().id());
    List<License> assigned = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      assigned.add(TestData.license(UUID.randomUUID(), elsewhere, Optional.of(account.id())));
    }
    insertAll(assigned);
    List<UUID> expected = inIdOrder(assigned);

    List<UUID> page =
        ids(tx(() -> licenses.findVisible(account.id(), List.of(), expected.get(0), 2)));

    assertThat(page).containsExactlyElementsOf(expected.subList(1, 3));
  }

  @Test
  void idsWithTheTopBitSetComeLast() {
    UUID low = UUID.fromString("00000000-0000-4000-8000-000000000000");
    UUID high = UUID.fromString("ffffffff-0000-4000-8000-000000000000");
    List<License> batch =
        List.of(
            TestData.license(high, subscription, Optional.empty()),
            TestData.license(low, subscription, Optional.empty()));
    insertAll(batch);

    assertThat(
            ids(
                tx(
                    () ->
                        licenses.findVisible(
                            TestData.newId(), List.of(subscription.organizationId()), null, 10))))
        .containsExactly(low, high);
  }
}
