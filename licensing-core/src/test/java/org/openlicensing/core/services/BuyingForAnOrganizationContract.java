package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.audit.AuditQuery;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionService;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.licenses.ValidationCode;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/**
 * Buying for an organization: the roles that manage billing buy and cancel, members do not, and to
 * strangers the organization's subscriptions do not exist.
 */
public abstract class BuyingForAnOrganizationContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Teams teams;
  private SubscriptionService subscriptions;
  private Principal owner;
  private UUID team;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    teams = new Teams(fixture);
    subscriptions = fixture.licensing.subscriptions();
    owner = fixture.customer();
    team = teams.organizationOf(owner);
  }

  private static LicensingException refusal(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run);
  }

  private Subscription buy(Caller caller, UUID organizationId) {
    return subscriptions.subscribe(
        caller,
        new NewSubscription(organizationId, "pro", 2, BillingPeriod.MONTHLY, "pm_card_visa"),
        null);
  }

  @Test
  void ownersAdminsAndBillingManagersBuyForTheOrganizationAndMembersDoNot() {
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Principal billing = teams.member(owner, team, OrganizationRole.BILLING);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);

    assertThat(buy(Teams.as(owner), team).organizationId()).isEqualTo(team);
    assertThat(buy(Teams.as(admin), team).organizationId()).isEqualTo(team);
    assertThat(buy(Teams.as(billing), team).organizationId()).isEqualTo(team);
    assertThat(refusal(() -> buy(Teams.as(member), team)).code()).isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(refusal(() -> buy(Teams.as(fixture.customer()), team)).code())
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(subscriptions.visibleTo(Teams.as(billing))).hasSize(3);
    assertThat(subscriptions.visibleTo(Teams.as(member))).isEmpty();
  }

  @Test
  void withoutAnOrganizationTheCallerBuysForItsPersonalOne() {
    UUID personal = fixture.licensing.accounts().get(owner.accountId()).personalOrganizationId();

    assertThat(buy(Teams.as(owner), null).organizationId()).isEqualTo(personal);
  }

  @Test
  void aWriteKeyBuysForItsOwnOrganizationOnly() {
    Caller key =
        fixture
            .licensing
            .auth()
            .authenticate(
                fixture
                    .licensing
                    .apiKeys()
                    .create(Teams.as(owner), team, "shop", Set.of(ApiKeyScope.WRITE), null)
                    .secret());
    UUID otherTeam = teams.organizationOf(fixture.customer());

    assertThat(buy(key, null).organizationId()).isEqualTo(team);
    assertThat(refusal(() -> buy(key, otherTeam)).code()).isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void aCanceledSubscriptionEndsWithItsPeriodAndItsLicensesWorkUntilThen() {
    Principal billing = teams.member(owner, team, OrganizationRole.BILLING);
    Subscription bought = buy(Teams.as(owner), team);

    Subscription canceled =
        subscriptions.cancel(Teams.as(billing), bought.id(), ClientInfo.UNKNOWN);

    assertThat(canceled.cancelAtPeriodEnd()).isTrue();
    assertThat(canceled.canceledAt()).contains(fixture.clock.instant());
    assertThat(canceled.status()).isEqualTo(bought.status());
    assertThat(canceled.currentPeriodEnd()).isEqualTo(bought.currentPeriodEnd());
    String key =
        fixture.licensing.licenses().visibleTo(Teams.as(owner), null, 10).items().stream()
            .filter(v -> v.license().subscriptionId().equals(bought.id()))
            .findFirst()
            .orElseThrow()
            .license()
            .key();
    assertThat(fixture.licensing.activations().validate(key, null).code())
        .isEqualTo(ValidationCode.VALID);
    assertThat(refusal(() -> subscriptions.cancel(Teams.as(owner), bought.id(), null)).code())
        .isEqualTo(ErrorCode.CONFLICT);
    assertThat(
            fixture
                .licensing
                .auditEvents()
                .organizationEvents(
                    Teams.as(owner),
                    team,
                    new AuditQuery("subscription.canceled", null, null, null, null, null, null),
                    null,
                    10)
                .items())
        .singleElement()
        .satisfies(e -> assertThat(e.actorAccountId()).contains(billing.accountId()));
  }

  @Test
  void membersMayNotCancelAndToStrangersTheSubscriptionIsNotFound() {
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    Subscription bought = buy(Teams.as(owner), team);
    Principal stranger = fixture.customer();

    LicensingException foreign =
        refusal(() -> subscriptions.cancel(Teams.as(stranger), bought.id(), null));
    LicensingException missing =
        refusal(() -> subscriptions.cancel(Teams.as(stranger), UUID.randomUUID(), null));

    assertThat(refusal(() -> subscriptions.cancel(Teams.as(member), bought.id(), null)).code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(foreign.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(foreign.getMessage()).isEqualTo(missing.getMessage());
    assertThat(subscriptions.get(Teams.as(owner), bought.id()).cancelAtPeriodEnd()).isFalse();
  }
}
