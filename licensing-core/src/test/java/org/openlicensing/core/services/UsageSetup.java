package org.openlicensing.core.services;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.usage.NewUsage;
import org.openlicensing.api.usage.RecordedUsage;
import org.openlicensing.api.usage.UsageService;
import org.openlicensing.core.testing.CoreFixture;

/**
 * A customer who bought seats of a metered plan, as the usage contracts start from: the plan grants
 * {@code core} and the quotas it is made with.
 */
final class UsageSetup {
  static final String PLAN = "metered";

  final CoreFixture fixture;
  final Principal owner;
  final UUID organizationId;
  final List<License> licenses;

  private UsageSetup(CoreFixture fixture, Principal owner, List<License> licenses) {
    this.fixture = fixture;
    this.owner = owner;
    this.organizationId = licenses.get(0).organizationId();
    this.licenses = licenses;
  }

  /** The owner of a team organization with {@code seats} licenses of a plan with quotas. */
  static UsageSetup of(CoreFixture fixture, int seats, String... quotas) {
    addPlan(fixture, quotas);
    Principal owner = fixture.customer();
    UUID team = new Teams(fixture).organizationOf(owner);
    return new UsageSetup(fixture, owner, buy(fixture, owner, team, seats));
  }

  static void addPlan(CoreFixture fixture, String... quotas) {
    Set<String> entitlements = new java.util.HashSet<>(List.of(quotas));
    entitlements.add("core");
    Plan plan =
        new Plan(
            PLAN,
            "Metered",
            "Licenses with quotas",
            List.of(
                new Price(BillingPeriod.MONTHLY, Money.of(1_000, "EUR")),
                new Price(BillingPeriod.YEARLY, Money.of(10_000, "EUR"))),
            1,
            50,
            0,
            entitlements,
            new LicensePolicy(3, false, true, 7, Duration.ofDays(14)),
            false);
    fixture.store.transactions().run(() -> fixture.store.plans().insertIfAbsent(plan));
  }

  /** Licenses of a new subscription of the organization, oldest first. */
  static List<License> buy(CoreFixture fixture, Principal owner, UUID organizationId, int seats) {
    Caller caller = CoreFixture.caller(owner);
    fixture
        .licensing
        .subscriptions()
        .subscribe(
            caller,
            new NewSubscription(organizationId, PLAN, seats, BillingPeriod.MONTHLY, "pm_card_visa"),
            UUID.randomUUID().toString());
    return fixture.licensing.licenses().visibleTo(caller, null, 100).items().stream()
        .map(LicenseView::license)
        .filter(license -> license.organizationId().equals(organizationId))
        .toList();
  }

  License license() {
    return licenses.get(0);
  }

  Caller ownerCaller() {
    return CoreFixture.caller(owner);
  }

  static Caller device(License license) {
    return new Caller.LicenseKeyCaller(license.key());
  }

  UsageService usage() {
    return fixture.licensing.usage();
  }

  RecordedUsage record(License license, String metric, long quantity) {
    return usage()
        .record(
            device(license),
            license.id(),
            new NewUsage(metric, quantity, UUID.randomUUID().toString()));
  }

  static ErrorCode codeOf(Runnable action) {
    try {
      action.run();
    } catch (LicensingException e) {
      return e.code();
    }
    throw new AssertionError("expected a LicensingException");
  }
}
