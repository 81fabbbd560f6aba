package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AddressInput;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.organizations.BillingDetailsInput;
import org.openlicensing.api.organizations.NewOrganization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.api.organizations.OrganizationService;
import org.openlicensing.api.organizations.OrganizationUpdate;
import org.openlicensing.api.organizations.OrganizationView;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** Organizations: created with billing details, listed, read and changed by the right roles. */
public abstract class OrganizationsContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Teams teams;
  private OrganizationService organizations;
  private Principal owner;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    teams = new Teams(fixture);
    organizations = fixture.licensing.organizations();
    owner = fixture.customer();
  }

  private static LicensingException refusal(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run);
  }

  @Test
  void aCreatedOrganizationIsOwnedByItsCreatorWithNormalizedBillingDetails() {
    OrganizationView created =
        organizations.create(
            Teams.as(owner), new NewOrganization("  Engines  ", Teams.BILLING), ClientInfo.UNKNOWN);

    assertThat(created.organization().name()).isEqualTo("Engines");
    assertThat(created.organization().personal()).isFalse();
    assertThat(created.callerRole()).contains(OrganizationRole.OWNER);
    assertThat(created.memberCount()).isEqualTo(1);
    OrganizationView read = organizations.get(Teams.as(owner), created.organization().id());
    var billing = read.billing().orElseThrow();
    assertThat(billing.legalName()).isEqualTo("Analytical Engines GmbH");
    assertThat(billing.vatId()).contains("DE123456789");
    assertThat(billing.country()).isEqualTo("DE");
    assertThat(billing.billingEmail()).isEqualTo("invoices@engines.example");
    assertThat(billing.address().city()).isEqualTo("Berlin");
  }

  @Test
  void billingDetailsMayFollowLater() {
    OrganizationView created =
        organizations.create(
            Teams.as(owner), new NewOrganization("Engines", null), ClientInfo.UNKNOWN);

    assertThat(created.billing()).isEmpty();
    OrganizationView updated =
        organizations.update(
            Teams.as(owner),
            created.organization().id(),
            new OrganizationUpdate(null, Teams.BILLING),
            ClientInfo.UNKNOWN);
    assertThat(updated.billing()).isPresent();
  }

  @Test
  void everyFieldAtFaultIsNamedAndNothingIsCreated() {
    BillingDetailsInput bad =
        new BillingDetailsInput(
            " ", "FR123", new AddressInput(null, null, "10117", " ", null), "XX", "not-an-address");

    LicensingException refused =
        refusal(
            () ->
                organizations.create(
                    Teams.as(owner), new NewOrganization("", bad), ClientInfo.UNKNOWN));

    assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
    assertThat(refused.fieldErrors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "name",
            "billing.legalName",
            "billing.address.line1",
            "billing.address.city",
            "billing.country",
            "billing.billingEmail",
            "billing.vatId");
    assertThat(organizations.list(Teams.as(owner))).hasSize(1);
  }

  @Test
  void aVatIdMustMatchTheCountry() {
    BillingDetailsInput french =
        new BillingDetailsInput(
            "Engines SARL",
            "DE123456789",
            new AddressInput("1 rue de Rivoli", null, "75001", "Paris", null),
            "FR",
            "billing@engines.example");

    LicensingException refused =
        refusal(
            () ->
                organizations.create(
                    Teams.as(owner), new NewOrganization("Engines", french), ClientInfo.UNKNOWN));

    assertThat(refused.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("billing.vatId");
  }

  @Test
  void theListHasThePersonalOrganizationAndTheTeamsWithTheCallersRoles() {
    UUID team = teams.organizationOf(owner);
    Principal billing = teams.member(owner, team, OrganizationRole.BILLING);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);

    List<OrganizationView> mine = organizations.list(Teams.as(member));

    assertThat(mine).hasSize(2);
    assertThat(mine).filteredOn(v -> v.organization().personal()).hasSize(1);
    OrganizationView joined =
        mine.stream().filter(v -> !v.organization().personal()).findFirst().orElseThrow();
    assertThat(joined.organization().id()).isEqualTo(team);
    assertThat(joined.callerRole()).contains(OrganizationRole.MEMBER);
    assertThat(joined.memberCount()).isEqualTo(3);
    assertThat(joined.billing()).as("a member does not see billing details").isEmpty();
    assertThat(organizations.list(Teams.as(billing)))
        .filteredOn(v -> v.organization().id().equals(team))
        .singleElement()
        .satisfies(v -> assertThat(v.billing()).isPresent());
  }

  @Test
  void anotherTenantsOrganizationIsNotFoundLikeOneThatDoesNotExist() {
    UUID team = teams.organizationOf(owner);
    Principal stranger = fixture.customer();

    LicensingException foreign = refusal(() -> organizations.get(Teams.as(stranger), team));
    LicensingException missing =
        refusal(() -> organizations.get(Teams.as(stranger), UUID.randomUUID()));

    assertThat(foreign.code()).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(foreign.getMessage()).isEqualTo(missing.getMessage());
  }

  @Test
  void adminsRenameBillingManagersEditBillingAndMembersNeither() {
    UUID team = teams.organizationOf(owner);
    Principal admin = teams.member(owner, team, OrganizationRole.ADMIN);
    Principal billing = teams.member(owner, team, OrganizationRole.BILLING);
    Principal member = teams.member(owner, team, OrganizationRole.MEMBER);
    OrganizationUpdate rename = new OrganizationUpdate("Engines & Co", null);
    OrganizationUpdate rebill = new OrganizationUpdate(null, Teams.BILLING);

    assertThat(organizations.update(Teams.as(admin), team, rename, ClientInfo.UNKNOWN))
        .extracting(v -> v.organization().name())
        .isEqualTo("Engines & Co");
    assertThat(refusal(() -> organizations.update(Teams.as(billing), team, rename, null)).code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    organizations.update(Teams.as(billing), team, rebill, ClientInfo.UNKNOWN);
    assertThat(refusal(() -> organizations.update(Teams.as(member), team, rebill, null)).code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(refusal(() -> organizations.update(Teams.as(member), team, rename, null)).code())
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void apiKeysCreateNoOrganizationsButReadTheirOwn() {
    UUID team = teams.organizationOf(owner);
    String secret =
        fixture
            .licensing
            .apiKeys()
            .create(Teams.as(owner), team, "CI", java.util.Set.of(ApiKeyScope.READ), null)
            .secret();
    var key = fixture.licensing.auth().authenticate(secret);

    assertThat(organizations.get(key, team).organization().id()).isEqualTo(team);
    assertThat(
            refusal(
                    () ->
                        organizations.create(
                            key, new NewOrganization("Sneaky", null), ClientInfo.UNKNOWN))
                .code())
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(refusal(() -> organizations.get(key, owner.accountId())).code())
        .isEqualTo(ErrorCode.NOT_FOUND);
  }

  @Test
  void creatingAndChangingAreAudited() {
    UUID team = teams.organizationOf(owner);
    organizations.update(
        Teams.as(owner), team, new OrganizationUpdate("Renamed", null), ClientInfo.UNKNOWN);

    assertThat(
            fixture
                .licensing
                .auditEvents()
                .organizationEvents(
                    Teams.as(owner),
                    team,
                    org.openlicensing.api.audit.AuditQuery.everything(),
                    null,
                    10)
                .items())
        .extracting(e -> e.action())
        .containsExactly("organization.renamed", "organization.created");
  }
}
