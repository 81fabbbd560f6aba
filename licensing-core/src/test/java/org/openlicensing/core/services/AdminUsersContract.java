package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.admin.UserDetail;
import org.openlicensing.api.admin.UserQuery;
import org.openlicensing.api.admin.UserSort;
import org.openlicensing.api.audit.AuditEvent;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** User management by platform staff, and who of the staff may do what. */
public abstract class AdminUsersContract {
  private static final ClientInfo STAFF_DESK = new ClientInfo("198.51.100.4", "console", "req-42");

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;
  private Principal root;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
    fixture.licensing.ensureSuperAdmin("root@example.test", "Staff-passphrase-1234");
    root = fixture.signIn("root@example.test", "Staff-passphrase-1234");
  }

  private ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  private Principal admin() {
    Principal user = fixture.customer();
    fixture
        .licensing
        .adminUsers()
        .setRoles(root, user.accountId(), Set.of(PlatformRole.ADMIN), STAFF_DESK);
    return fixture.principalOf(
        fixture
            .licensing
            .auth()
            .login(
                fixture.licensing.accounts().get(user.accountId()).email(),
                CoreFixture.PASSWORD,
                ClientInfo.UNKNOWN)
            .accessToken());
  }

  private static UserQuery query(String text) {
    return new UserQuery(text, null, null, null, null, UserSort.EMAIL, false, null, 10);
  }

  @Test
  void aUserIsRefusedEveryAdminAction() {
    Principal user = fixture.customer();
    UUID other = fixture.customer().accountId();

    assertThat(codeOf(() -> fixture.licensing.adminUsers().search(user, query(null))))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> fixture.licensing.adminUsers().detail(user, other)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(codeOf(() -> fixture.licensing.adminUsers().disable(user, other, STAFF_DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .adminUsers()
                        .setRoles(user, user.accountId(), Set.of(PlatformRole.ADMIN), STAFF_DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void anAdminCannotGrantAdmin() {
    Principal admin = admin();
    UUID user = fixture.customer().accountId();

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .adminUsers()
                        .setRoles(admin, user, Set.of(PlatformRole.ADMIN), STAFF_DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
    assertThat(fixture.licensing.accounts().get(user).roles()).containsExactly(PlatformRole.USER);
  }

  @Test
  void anAdminCannotActOnAnotherAdmin() {
    Principal admin = admin();
    Principal colleague = admin();

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .adminUsers()
                        .disable(admin, colleague.accountId(), STAFF_DESK)))
        .isEqualTo(ErrorCode.FORBIDDEN);
  }

  @Test
  void theLastSuperAdminCannotBeDemoted() {
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .adminUsers()
                        .setRoles(root, root.accountId(), Set.of(), STAFF_DESK)))
        .isEqualTo(ErrorCode.CONFLICT);
    assertThat(fixture.licensing.accounts().get(root.accountId()).roles())
        .contains(PlatformRole.SUPER_ADMIN);
  }

  @Test
  void aSuperAdminCanStepDownOnceAnotherExists() {
    Principal second = fixture.customer();
    fixture
        .licensing
        .adminUsers()
        .setRoles(root, second.accountId(), Set.of(PlatformRole.SUPER_ADMIN), STAFF_DESK);

    Account demoted =
        fixture.licensing.adminUsers().setRoles(root, root.accountId(), Set.of(), STAFF_DESK);

    assertThat(demoted.roles()).containsExactly(PlatformRole.USER);
  }

  @Test
  void disablingEndsTheAccountsSessionsAtOnce() {
    String email = fixture.verifiedAccount();
    TokenPair pair =
        fixture.licensing.auth().login(email, CoreFixture.PASSWORD, ClientInfo.UNKNOWN);
    UUID user = fixture.principalOf(pair.accessToken()).accountId();

    fixture.licensing.adminUsers().disable(root, user, STAFF_DESK);

    assertThat(codeOf(() -> fixture.principalOf(pair.accessToken())))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(
            codeOf(() -> fixture.licensing.auth().refresh(pair.refreshToken(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .auth()
                        .login(email, CoreFixture.PASSWORD, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.ACCOUNT_DISABLED);
    fixture.licensing.adminUsers().enable(root, user, STAFF_DESK);
    assertThat(
            fixture
                .licensing
                .auth()
                .login(email, CoreFixture.PASSWORD, ClientInfo.UNKNOWN)
                .accessToken())
        .isNotBlank();
  }

  @Test
  void everyActionIsAuditedWithActorTargetIpAndRequest() {
    UUID user = fixture.customer().accountId();

    fixture.licensing.adminUsers().disable(root, user, STAFF_DESK);
    fixture.licensing.adminUsers().addNote(root, user, "Called about a refund", STAFF_DESK);

    UserDetail detail = fixture.licensing.adminUsers().detail(root, user);
    assertThat(detail.recentAuditEvents())
        .extracting(AuditEvent::action)
        .contains("user.disabled", "user.note_added");
    AuditEvent disabled =
        detail.recentAuditEvents().stream()
            .filter(e -> e.action().equals("user.disabled"))
            .findFirst()
            .orElseThrow();
    assertThat(disabled.actorAccountId()).contains(root.accountId());
    assertThat(disabled.targetId()).contains(user);
    assertThat(disabled.ipAddress()).contains("198.51.100.4");
    assertThat(disabled.requestId()).contains("req-42");
    assertThat(detail.notes())
        .singleElement()
        .satisfies(n -> assertThat(n.body()).isEqualTo("Called about a refund"));
  }

  @Test
  void theDetailShowsOrganizationsSessionsAndLicenses() {
    Principal user = fixture.customer();
    fixture
        .licensing
        .subscriptions()
        .subscribe(
            CoreFixture.caller(user),
            new NewSubscription(null, "pro", 2, BillingPeriod.MONTHLY, "pm_card_visa"),
            null);

    UserDetail detail = fixture.licensing.adminUsers().detail(root, user.accountId());

    assertThat(detail.organizations()).hasSize(1);
    assertThat(detail.sessions()).hasSize(1);
    assertThat(detail.subscriptions()).hasSize(1);
    assertThat(detail.licenses()).hasSize(2);
  }

  @Test
  void searchFindsByPartOfTheAddressOrNameAndFilters() {
    String email = fixture.verifiedAccount();
    fixture.verifiedAccount();

    Page<Account> byEmail =
        fixture.licensing.adminUsers().search(root, query(email.substring(0, 12).toUpperCase()));
    Page<Account> admins =
        fixture
            .licensing
            .adminUsers()
            .search(
                root,
                new UserQuery(
                    null,
                    AccountStatus.ACTIVE,
                    PlatformRole.SUPER_ADMIN,
                    null,
                    null,
                    UserSort.EMAIL,
                    false,
                    null,
                    10));

    assertThat(byEmail.items()).extracting(Account::email).containsExactly(email);
    assertThat(admins.items()).extracting(Account::email).containsExactly("root@example.test");
  }

  @Test
  void searchPagesThroughEveryoneOnceInOrder() {
    for (int i = 0; i < 7; i++) {
      fixture.verifiedAccount();
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      Page<Account> page =
          fixture
              .licensing
              .adminUsers()
              .search(
                  root,
                  new UserQuery(null, null, null, null, null, UserSort.EMAIL, true, cursor, 3));
      page.items().forEach(a -> seen.add(a.email()));
      cursor = page.nextCursor().orElse(null);
    } while (cursor != null);

    assertThat(seen).hasSize(8).doesNotHaveDuplicates();
    assertThat(seen).isSortedAccordingTo(Comparator.reverseOrder());
  }

  @Test
  void aCursorOfAnotherOrderIsRefused() {
    fixture.verifiedAccount();
    fixture.verifiedAccount();
    String cursor =
        fixture
            .licensing
            .adminUsers()
            .search(
                root, new UserQuery(null, null, null, null, null, UserSort.EMAIL, false, null, 1))
            .nextCursor()
            .orElseThrow();

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .adminUsers()
                        .search(
                            root,
                            new UserQuery(
                                null, null, null, null, null, UserSort.NAME, false, cursor, 1))))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
  }

  @Test
  void anUnknownUserIsNotFound() {
    assertThat(codeOf(() -> fixture.licensing.adminUsers().detail(root, UUID.randomUUID())))
        .isEqualTo(ErrorCode.NOT_FOUND);
  }
}
