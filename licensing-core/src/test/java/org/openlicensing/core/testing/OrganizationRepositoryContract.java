package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Address;
import org.openlicensing.api.organizations.BillingDetails;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.core.organizations.OrganizationRepository.MemberOf;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link OrganizationRepository} promises. */
public abstract class OrganizationRepositoryContract {
  private Persistence store;
  private OrganizationRepository organizations;
  private Seeds seeds;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    organizations = store.organizations();
    seeds = new Seeds(store);
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private void join(UUID organizationId, UUID accountId, OrganizationRole role) {
    store
        .transactions()
        .run(
            () ->
                organizations.addMember(
                    new Membership(organizationId, accountId, role, TestData.NOW)));
  }

  @Test
  void storedOrganizationIsFoundWithEveryField() {
    Organization organization =
        new Organization(TestData.newId(), "Analytical Engines Ltd", true, TestData.NOW);
    store.transactions().run(() -> organizations.insert(organization));

    assertThat(tx(() -> organizations.findById(organization.id()))).contains(organization);
    assertThat(tx(() -> organizations.findById(TestData.newId()))).isEmpty();
  }

  @Test
  void memberHasTheRoleItJoinedWith() {
    UUID organization = seeds.organization().id();
    UUID account = seeds.account().id();

    join(organization, account, OrganizationRole.BILLING);

    assertThat(tx(() -> organizations.roleOf(organization, account)))
        .contains(OrganizationRole.BILLING);
  }

  @Test
  void nonMemberHasNoRole() {
    UUID organization = seeds.organization().id();
    UUID member = seeds.account().id();
    join(organization, member, OrganizationRole.OWNER);

    assertThat(tx(() -> organizations.roleOf(organization, seeds.account().id()))).isEmpty();
    assertThat(tx(() -> organizations.roleOf(seeds.organization().id(), member))).isEmpty();
  }

  @Test
  void accountJoinsAnOrganizationAtMostOnce() {
    UUID organization = seeds.organization().id();
    UUID account = seeds.account().id();
    join(organization, account, OrganizationRole.MEMBER);

    assertThatThrownBy(() -> join(organization, account, OrganizationRole.ADMIN))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> organizations.roleOf(organization, account)))
        .contains(OrganizationRole.MEMBER);
  }

  @Test
  void managedByListsTheOrganizationsWhoseBillingTheAccountManages() {
    UUID account = seeds.account().id();
    UUID owned = seeds.organization().id();
    UUID administered = seeds.organization().id();
    UUID billed = seeds.organization().id();
    UUID memberOnly = seeds.organization().id();
    UUID foreign = seeds.organization().id();
    join(owned, account, OrganizationRole.OWNER);
    join(administered, account, OrganizationRole.ADMIN);
    join(billed, account, OrganizationRole.BILLING);
    join(memberOnly, account, OrganizationRole.MEMBER);
    join(foreign, seeds.account().id(), OrganizationRole.OWNER);

    assertThat(tx(() -> organizations.managedBy(account)))
        .containsExactlyInAnyOrder(owned, administered, billed);
  }

  @Test
  void membershipsOfListEveryMembershipOfTheAccountInTheOrderItJoined() {
    UUID account = seeds.account().id();
    UUID first = seeds.organization().id();
    UUID second = seeds.organization().id();
    Membership joinedLater =
        new Membership(first, account, OrganizationRole.MEMBER, TestData.minutesLater(2));
    Membership joinedFirst = new Membership(second, account, OrganizationRole.OWNER, TestData.NOW);
    Membership stranger =
        new Membership(
            seeds.organization().id(), seeds.account().id(), OrganizationRole.OWNER, TestData.NOW);
    store
        .transactions()
        .run(
            () -> {
              organizations.addMember(joinedLater);
              organizations.addMember(joinedFirst);
              organizations.addMember(stranger);
            });

    assertThat(tx(() -> organizations.membershipsOf(account)))
        .containsExactly(joinedFirst, joinedLater);
  }

  @Test
  void accountWithoutMembershipsHasNone() {
    assertThat(tx(() -> organizations.membershipsOf(seeds.account().id()))).isEmpty();
  }

  @Test
  void lockFindsTheOrganizationWithEveryField() {
    Organization organization = seeds.organization();

    assertThat(tx(() -> organizations.lock(organization.id()))).contains(organization);
    assertThat(tx(() -> organizations.lock(TestData.newId()))).isEmpty();
  }

  @Test
  void renameChangesTheNameOfThatOrganizationOnly() {
    Organization renamed = seeds.organization();
    Organization other = seeds.organization();

    store.transactions().run(() -> organizations.rename(renamed.id(), "Difference Engines plc"));

    assertThat(tx(() -> organizations.findById(renamed.id())))
        .contains(
            new Organization(
                renamed.id(), "Difference Engines plc", renamed.personal(), renamed.createdAt()));
    assertThat(tx(() -> organizations.findById(other.id()))).contains(other);
  }

  @Test
  void renamedOrganizationIsReadBackRenamedInTheSameTransaction() {
    Organization organization = seeds.organization();

    Optional<Organization> read =
        tx(
            () -> {
              organizations.findById(organization.id());
              organizations.rename(organization.id(), "Renamed");
              return organizations.findById(organization.id());
            });

    assertThat(read).map(Organization::name).contains("Renamed");
  }

  @Test
  void organizationWithoutBillingDetailsHasNone() {
    UUID organization = seeds.organization().id();

    assertThat(tx(() -> organizations.findBillingDetails(organization))).isEmpty();
  }

  @Test
  void savedBillingDetailsAreFoundWithEveryField() {
    UUID organization = seeds.organization().id();
    BillingDetails details =
        new BillingDetails(
            "Analytical Engines Ltd",
            Optional.of("DE123456789"),
            new Address(
                "12 Babbage Street",
                Optional.of("Floor 3"),
                "10115",
                "Berlin",
                Optional.of("Berlin")),
            "DE",
            "invoices@engines.example");

    store.transactions().run(() -> organizations.saveBillingDetails(organization, details));

    assertThat(tx(() -> organizations.findBillingDetails(organization))).contains(details);
  }

  @Test
  void billingDetailsWithoutTheOptionalFieldsRoundTrip() {
    UUID organization = seeds.organization().id();
    BillingDetails details = minimalDetails("Lovelace GmbH");

    store.transactions().run(() -> organizations.saveBillingDetails(organization, details));

    assertThat(tx(() -> organizations.findBillingDetails(organization))).contains(details);
  }

  @Test
  void savingBillingDetailsAgainReplacesThemForThatOrganizationOnly() {
    UUID organization = seeds.organization().id();
    UUID other = seeds.organization().id();
    BillingDetails first =
        new BillingDetails(
            "First Ltd",
            Optional.of("FR12345678901"),
            new Address("1 Rue A", Optional.of("Bât. B"), "75001", "Paris", Optional.of("IDF")),
            "FR",
            "first@example.com");
    BillingDetails replacement = minimalDetails("Second Ltd");
    BillingDetails others = minimalDetails("Other Ltd");
    store
        .transactions()
        .run(
            () -> {
              organizations.saveBillingDetails(organization, first);
              organizations.saveBillingDetails(other, others);
            });

    BillingDetails readInTheSameTransaction =
        tx(
            () -> {
              organizations.findBillingDetails(organization);
              organizations.saveBillingDetails(organization, replacement);
              return organizations.findBillingDetails(organization).orElseThrow();
            });

    assertThat(readInTheSameTransaction).isEqualTo(replacement);
    assertThat(tx(() -> organizations.findBillingDetails(organization))).contains(replacement);
    assertThat(tx(() -> organizations.findBillingDetails(other))).contains(others);
  }

  private static BillingDetails minimalDetails(String legalName) {
    return new BillingDetails(
        legalName,
        Optional.empty(),
        new Address("1 Main Street", Optional.empty(), "SW1A 1AA", "London", Optional.empty()),
        "GB",
        "billing@example.com");
  }

  @Test
  void organizationsOfListTheAccountsOrganizationsWithItsRoleInTheOrderItJoined() {
    UUID account = seeds.account().id();
    Organization joinedLater = seeds.organization();
    Organization joinedFirst = seeds.organization();
    store
        .transactions()
        .run(
            () -> {
              organizations.addMember(
                  new Membership(
                      joinedLater.id(), account, OrganizationRole.ADMIN, TestData.minutesLater(3)));
              organizations.addMember(
                  new Membership(joinedFirst.id(), account, OrganizationRole.OWNER, TestData.NOW));
            });
    join(seeds.organization().id(), seeds.account().id(), OrganizationRole.OWNER);

    assertThat(tx(() -> organizations.organizationsOf(account)))
        .containsExactly(
            new MemberOf(joinedFirst, OrganizationRole.OWNER),
            new MemberOf(joinedLater, OrganizationRole.ADMIN));
    assertThat(tx(() -> organizations.organizationsOf(seeds.account().id()))).isEmpty();
  }
}
