package org.openlicensing.core.services;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.admin.PlanDraft.PriceDraft;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Plans with the license policy a test needs, made the way platform admins make them, and licenses
 * bought on them the way customers buy.
 */
final class PolicyPlans {
  static final String ROOT_EMAIL = "root@example.test";
  static final String ROOT_PASSWORD = "Staff-passphrase-1234";

  private final CoreFixture fixture;
  private final Principal root;

  PolicyPlans(CoreFixture fixture) {
    this.fixture = fixture;
    fixture.licensing.ensureSuperAdmin(ROOT_EMAIL, ROOT_PASSWORD);
    this.root = fixture.signIn(ROOT_EMAIL, ROOT_PASSWORD);
  }

  /** The platform's super admin. */
  Principal root() {
    return root;
  }

  /** A new plan with the policy, entitlements {@code core} and {@code exports}. */
  String plan(PolicyDraft policy) {
    String code = "p-" + UUID.randomUUID().toString().substring(0, 8);
    fixture
        .licensing
        .adminCatalog()
        .create(
            CoreFixture.caller(root),
            new PlanDraft(
                code,
                "Plan " + code,
                "For tests",
                List.of(new PriceDraft(BillingPeriod.MONTHLY, "EUR", 1_000L)),
                1,
                100,
                0,
                List.of("core", "exports"),
                policy,
                false,
                true),
            ClientInfo.UNKNOWN);
    return code;
  }

  /** A policy draft: node-locked unless {@code floating}, offline, 7 grace days, 14-day tokens. */
  static PolicyDraft policy(int deviceLimit) {
    return new PolicyDraft(deviceLimit, false, true, 7, 14);
  }

  /** The licenses of a new subscription to the plan, for the caller's organization. */
  List<License> buy(Caller buyer, UUID organizationId, String plan, int seats) {
    UUID subscription =
        fixture
            .licensing
            .subscriptions()
            .subscribe(
                buyer,
                new NewSubscription(
                    organizationId, plan, seats, BillingPeriod.MONTHLY, "pm_card_visa"),
                null)
            .id();
    return fixture.licensing.licenses().visibleTo(buyer, null, 500).items().stream()
        .map(LicenseView::license)
        .filter(l -> l.subscriptionId().equals(subscription))
        .toList();
  }

  /** One license of a new one-seat subscription, for the buyer's personal organization. */
  License buyOne(Principal buyer, String plan) {
    return buy(CoreFixture.caller(buyer), null, plan, 1).get(0);
  }
}
