package org.openlicensing.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.InvitationRepository.NewInvitation;
import org.openlicensing.core.organizations.InvitationRepository.Renewal;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.Seeds;
import org.openlicensing.core.testing.TestData;
import org.openlicensing.persistence.testing.StatementCounter;
import org.openlicensing.persistence.testing.TestDatabase;

/**
 * Bulk operations of a thousand lines send a handful of statements, not one per line: JDBC batches
 * and IN lists of a thousand values. Counted at the JDBC driver, so that nothing EclipseLink does
 * on the side goes unseen.
 */
abstract class BulkStatementsContract {
  private static final int LINES = 1_000;

  /** One statement per thousand lines, and a couple for what comes before or after. */
  private static final int A_HANDFUL = 4;

  private final StatementCounter counter = new StatementCounter();
  private JpaPersistence counted;
  private Persistence store;
  private Seeds seeds;
  private UUID organizationId;

  /** The database of the test class. */
  abstract TestDatabase database();

  @BeforeEach
  void openStore() {
    database().emptyPersistence();
    counted = JpaPersistence.start(counter.wrap(database().dataSource()));
    store = counted;
    seeds = new Seeds(store);
    organizationId = seeds.organization().id();
  }

  @AfterEach
  void closeStore() {
    counted.close();
  }

  /** Runs the work in a transaction; returns how many statements it sent. */
  private int statementsOf(Runnable work) {
    counter.reset();
    store.transactions().run(work);
    return counter.count();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  /** A thousand accounts, each a member of the organization. */
  private List<Account> members() {
    List<Account> accounts = new ArrayList<>();
    store
        .transactions()
        .run(
            () -> {
              for (int i = 0; i < LINES; i++) {
                Organization personal = TestData.organization();
                Account account = TestData.account(personal.id());
                store.organizations().insert(personal);
                store.accounts().insert(account, "hash");
                store
                    .organizations()
                    .addMember(
                        new Membership(
                            organizationId, account.id(), OrganizationRole.MEMBER, TestData.NOW));
                accounts.add(account);
              }
            });
    return accounts;
  }

  private static List<UUID> ids(List<Account> accounts) {
    return accounts.stream().map(Account::id).toList();
  }

  @Test
  void membersAreFoundChangedAndRemovedInAHandfulOfStatements() {
    List<Account> members = members();
    Map<UUID, OrganizationRole> promotions = new HashMap<>();
    members.forEach(a -> promotions.put(a.id(), OrganizationRole.ADMIN));
    List<String> emails = members.stream().map(Account::email).toList();

    assertThat(statementsOf(() -> store.organizations().findMembers(organizationId, ids(members))))
        .isBetween(1, A_HANDFUL);
    assertThat(statementsOf(() -> store.organizations().memberEmails(organizationId, emails)))
        .isBetween(1, A_HANDFUL);
    assertThat(statementsOf(() -> store.organizations().updateRoles(organizationId, promotions)))
        .isBetween(1, A_HANDFUL);
    assertThat(
            statementsOf(() -> store.organizations().removeMembers(organizationId, ids(members))))
        .isBetween(1, A_HANDFUL);
    assertThat(tx(() -> store.organizations().countMembers(organizationId))).isZero();
  }

  @Test
  void membersOfAThousandOrganizationsAreCountedInAHandfulOfStatements() {
    List<UUID> organizations = members().stream().map(Account::personalOrganizationId).toList();

    assertThat(statementsOf(() -> store.organizations().countMembers(organizations)))
        .isBetween(1, A_HANDFUL);
  }

  @Test
  void invitationsAreStoredFoundAndRenewedInAHandfulOfStatements() {
    List<NewInvitation> batch = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      batch.add(
          new NewInvitation(
              new Invitation(
                  TestData.newId(),
                  organizationId,
                  "invitee-" + i + "@example.com",
                  OrganizationRole.MEMBER,
                  Optional.empty(),
                  TestData.NOW,
                  TestData.minutesLater(60),
                  Optional.empty(),
                  Optional.empty()),
              String.format("%064x", i)));
    }
    List<String> emails = batch.stream().map(n -> n.invitation().email()).toList();
    List<Renewal> renewals =
        batch.stream()
            .map(
                n ->
                    new Renewal(
                        n.invitation().id(),
                        "r" + n.tokenHash().substring(1),
                        OrganizationRole.ADMIN,
                        null,
                        TestData.minutesLater(120)))
            .toList();

    assertThat(statementsOf(() -> store.invitations().insertAll(batch))).isBetween(1, A_HANDFUL);
    assertThat(statementsOf(() -> store.invitations().findOpen(organizationId, emails)))
        .isBetween(1, A_HANDFUL);
    assertThat(statementsOf(() -> store.invitations().renewAll(renewals))).isBetween(1, A_HANDFUL);
    assertThat(tx(() -> store.invitations().findOpen(organizationId, emails)))
        .hasSize(LINES)
        .allMatch(i -> i.role() == OrganizationRole.ADMIN);
  }

  @Test
  void licensesOfLeavingMembersAreReleasedInAHandfulOfStatements() {
    List<Account> members = members();
    Subscription subscription = seeds.subscription(organizationId);
    List<License> licenses =
        members.stream()
            .map(a -> TestData.license(TestData.newId(), subscription, Optional.of(a.id())))
            .toList();
    store.transactions().run(() -> store.licenses().insertAll(licenses));
    store
        .transactions()
        .run(
            () -> {
              for (License license : licenses) {
                store.activations().insert(TestData.activation(license.id(), "device"));
              }
            });
    List<UUID> released = new ArrayList<>();

    assertThat(
            statementsOf(
                () -> released.addAll(store.licenses().unassignAll(organizationId, ids(members)))))
        .isBetween(1, A_HANDFUL);
    assertThat(statementsOf(() -> store.activations().deactivateAllOf(released, TestData.NOW)))
        .isBetween(1, A_HANDFUL);
    assertThat(released).hasSize(LINES);
    assertThat(tx(() -> store.activations().countActive(released.get(0)))).isZero();
  }

  @Test
  void auditEventsAreAppendedInAHandfulOfStatements() {
    List<AuditEvent> events = new ArrayList<>();
    for (int i = 0; i < LINES; i++) {
      events.add(
          new AuditEvent(
              TestData.newId(),
              TestData.NOW,
              Optional.empty(),
              Optional.empty(),
              "member.removed",
              "account",
              Optional.of(TestData.newId()),
              Optional.of(organizationId),
              Optional.empty(),
              Optional.empty(),
              Map.of()));
    }

    assertThat(statementsOf(() -> store.auditLog().appendAll(events))).isBetween(1, A_HANDFUL);
  }
}
