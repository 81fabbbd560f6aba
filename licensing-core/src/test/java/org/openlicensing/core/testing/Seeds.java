package org.openlicensing.core.testing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.core.persistence.Persistence;

/**
 * Stores the rows a test needs before the one it is about, each in its own transaction, so that
 * tests on a database meet its foreign keys.
 */
public final class Seeds {
  private final Persistence store;

  public Seeds(Persistence store) {
    this.store = store;
  }

  public Organization organization() {
    Organization organization = TestData.organization();
    store.transactions().run(() -> store.organizations().insert(organization));
    return organization;
  }

  /** An account with its personal organization. */
  public Account account() {
    Organization personal = organization();
    Account account = TestData.account(personal.id());
    store.transactions().run(() -> store.accounts().insert(account, "hash-of-" + account.id()));
    return account;
  }

  public Plan plan() {
    Plan plan = TestData.plan();
    store.transactions().run(() -> store.plans().insertIfAbsent(plan));
    return plan;
  }

  /** A subscription of the organization to a new plan, made by a new account. */
  public Subscription subscription(UUID organizationId) {
    Plan plan = plan();
    Account buyer = account();
    Subscription subscription = TestData.subscription(organizationId, plan);
    store.transactions().run(() -> store.subscriptions().insert(subscription, buyer.id(), null));
    return subscription;
  }

  /** A license of a new subscription of a new organization. */
  public License license() {
    return license(subscription(organization().id()), Optional.empty());
  }

  public License license(Subscription subscription, Optional<UUID> assigneeId) {
    License license = TestData.license(TestData.newId(), subscription, assigneeId);
    store.transactions().run(() -> store.licenses().insertAll(List.of(license)));
    return license;
  }
}
