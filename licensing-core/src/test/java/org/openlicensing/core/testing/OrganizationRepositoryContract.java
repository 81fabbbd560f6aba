package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.OrganizationRepository;
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
}
