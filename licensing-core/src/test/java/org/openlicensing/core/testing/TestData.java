package org.openlicensing.core.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.core.licenses.LicenseKeys;
import org.openlicensing.core.support.Ids;

/**
 * Values for repository tests, unique where the store needs them unique. Instants carry
 * microseconds, the precision of PostgreSQL's and H2's timestamps, so round trips compare equal.
 */
public final class TestData {
  /** A fixed "now", with microseconds. */
  public static final Instant NOW = Instant.parse("2031-03-04T05:06:07.123456Z");

  private static final AtomicInteger SEQUENCE = new AtomicInteger();
  private static final LicenseKeys KEYS = new LicenseKeys();

  private TestData() {}

  public static Instant minutesLater(long minutes) {
    return NOW.plus(Duration.ofMinutes(minutes));
  }

  public static UUID newId() {
    return Ids.newId(NOW.toEpochMilli());
  }

  public static String unique(String prefix) {
    return prefix + "-" + SEQUENCE.incrementAndGet();
  }

  public static Organization organization() {
    return new Organization(newId(), unique("Organization"), false, NOW);
  }

  public static Account account(UUID personalOrganizationId) {
    return new Account(
        newId(),
        unique("user") + "@example.com",
        "Ada Lovelace",
        AccountStatus.ACTIVE,
        Set.of(PlatformRole.USER),
        personalOrganizationId,
        NOW);
  }

  public static Plan plan() {
    return new Plan(
        unique("plan"),
        "Pro",
        "For small teams",
        List.of(
            new Price(BillingPeriod.MONTHLY, Money.of(2_900, "EUR")),
            new Price(BillingPeriod.YEARLY, Money.of(29_000, "EUR")),
            new Price(BillingPeriod.MONTHLY, Money.of(3_100, "USD"))),
        1,
        50,
        14,
        Set.of("core", "exports"),
        new LicensePolicy(3, true, false, 7, Duration.ofDays(14)),
        true);
  }

  public static Subscription subscription(UUID organizationId, Plan plan) {
    return new Subscription(
        newId(),
        organizationId,
        plan.code(),
        5,
        BillingPeriod.YEARLY,
        Money.of(29_000, "EUR"),
        SubscriptionStatus.ACTIVE,
        NOW,
        NOW.plus(Duration.ofDays(365)),
        NOW);
  }

  public static License license(Subscription subscription) {
    return license(newId(), subscription, Optional.empty());
  }

  public static License license(UUID id, Subscription subscription, Optional<UUID> assigneeId) {
    return new License(
        id,
        KEYS.next(),
        subscription.organizationId(),
        subscription.id(),
        subscription.plan(),
        LicenseStatus.ACTIVE,
        subscription.currentPeriodEnd(),
        new LicensePolicy(2, false, true, 3, Duration.ofDays(7)),
        Set.of("core", "sso"),
        assigneeId,
        NOW);
  }

  public static Activation activation(UUID licenseId, String fingerprint) {
    return new Activation(
        newId(),
        licenseId,
        fingerprint,
        Optional.of("Ada's laptop"),
        Optional.of("linux-x86_64"),
        NOW,
        NOW);
  }
}
