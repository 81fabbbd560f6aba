package org.openlicensing.benchmarks.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.core.catalog.DemoCatalog;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.support.Ids;

/**
 * The rows licenses hang on, stored through the library's repositories, each in its own
 * transaction: the demo catalog, an organization, the account that bought, and its enterprise
 * subscription (a year, monthly prices).
 */
public record Parents(
    Plan plan, Organization organization, Account buyer, Subscription subscription) {
  private static final Clock CLOCK = Clock.systemUTC();

  public static Parents store(Persistence persistence) {
    DemoCatalog.seed(persistence.transactions(), persistence.plans());
    Instant now = CLOCK.instant();
    Organization organization = new Organization(newId(), "Benchmark Industries", false, now);
    Organization personal = new Organization(newId(), "Personal", true, now);
    Account buyer =
        new Account(
            newId(),
            "buyer-" + UUID.randomUUID() + "@example.com",
            "Benchmark Buyer",
            AccountStatus.ACTIVE,
            Set.of(PlatformRole.USER),
            personal.id(),
            now);
    persistence.transactions().run(() -> persistence.organizations().insert(organization));
    persistence.transactions().run(() -> persistence.organizations().insert(personal));
    persistence
        .transactions()
        .run(() -> persistence.accounts().insert(buyer, "not-a-password-hash"));
    Plan plan = Fixtures.enterprisePlan();
    return new Parents(
        plan, organization, buyer, subscription(persistence, organization, plan, buyer));
  }

  /** Another enterprise subscription of the same organization, bought by the same account. */
  public Parents anotherSubscription(Persistence persistence) {
    return new Parents(
        plan, organization, buyer, subscription(persistence, organization, plan, buyer));
  }

  private static Subscription subscription(
      Persistence persistence, Organization organization, Plan plan, Account buyer) {
    Instant now = CLOCK.instant();
    Subscription subscription =
        new Subscription(
            newId(),
            organization.id(),
            plan.code(),
            10_000,
            BillingPeriod.YEARLY,
            plan.prices().stream()
                .filter(price -> price.period() == BillingPeriod.YEARLY)
                .findFirst()
                .orElseThrow()
                .perSeat(),
            SubscriptionStatus.ACTIVE,
            now,
            now.plus(Duration.ofDays(365)),
            now);
    persistence
        .transactions()
        .run(() -> persistence.subscriptions().insert(subscription, buyer.id(), null));
    return subscription;
  }

  private static UUID newId() {
    return Ids.newId(CLOCK);
  }
}
