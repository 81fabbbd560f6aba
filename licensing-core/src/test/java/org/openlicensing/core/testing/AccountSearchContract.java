package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.admin.UserSort;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.AccountSearch;
import org.openlicensing.core.persistence.Persistence;

/**
 * What every {@link AccountRepository} promises about {@code search}: filters, orders and keyset
 * pages. Names and addresses are plain ASCII, which every database collation orders alike.
 */
public abstract class AccountSearchContract {
  private Persistence store;
  private AccountRepository accounts;
  private Seeds seeds;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    accounts = store.accounts();
    seeds = new Seeds(store);
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private Account stored(
      String email, String name, AccountStatus status, Set<PlatformRole> roles, Instant created) {
    return stored(TestData.newId(), email, name, status, roles, created);
  }

  private Account stored(
      UUID id,
      String email,
      String name,
      AccountStatus status,
      Set<PlatformRole> roles,
      Instant created) {
    Account account =
        new Account(id, email, name, status, roles, seeds.organization().id(), created);
    store.transactions().run(() -> accounts.insert(account, "hash"));
    return account;
  }

  private Account stored(String email, String name) {
    return stored(email, name, AccountStatus.ACTIVE, Set.of(PlatformRole.USER), TestData.NOW);
  }

  private List<Account> search(AccountSearch search) {
    return tx(() -> accounts.search(search));
  }

  private static AccountSearch all(UserSort sort, boolean descending, int limit) {
    return new AccountSearch(null, null, null, null, null, sort, descending, null, null, limit);
  }

  private static AccountSearch text(String text) {
    return new AccountSearch(text, null, null, null, null, UserSort.EMAIL, false, null, null, 100);
  }

  private static AccountSearch after(AccountSearch search, Account last) {
    Object value =
        switch (search.sort()) {
          case CREATED_AT -> last.createdAt();
          case EMAIL -> last.email();
          case NAME -> last.name().toLowerCase(Locale.ROOT);
        };
    return new AccountSearch(
        search.text(),
        search.status(),
        search.role(),
        search.createdFrom(),
        search.createdTo(),
        search.sort(),
        search.descending(),
        value,
        last.id(),
        search.limit());
  }

  private static List<String> emails(List<Account> found) {
    return found.stream().map(Account::email).toList();
  }

  /** Five accounts whose e-mail, name and creation orders all differ. */
  private List<Account> fiveAccounts() {
    return List.of(
        stored("d@example.com", "erin", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(3)),
        stored("a@example.com", "Carol", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(5)),
        stored("e@example.com", "alice", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(1)),
        stored("c@example.com", "Dave", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(4)),
        stored("b@example.com", "Bob", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(2)));
  }

  private static Comparator<Account> order(UserSort sort) {
    Comparator<Account> byKey =
        switch (sort) {
          case CREATED_AT -> Comparator.comparing(Account::createdAt);
          case EMAIL -> Comparator.comparing(Account::email);
          case NAME -> Comparator.comparing(a -> a.name().toLowerCase(Locale.ROOT));
        };
    return byKey.thenComparing(Account::id, UuidOrder.ASCENDING);
  }

  private List<Account> everyPage(AccountSearch first) {
    List<Account> walked = new ArrayList<>();
    List<Account> page = search(first);
    while (!page.isEmpty()) {
      walked.addAll(page);
      page = search(after(first, page.get(page.size() - 1)));
    }
    return walked;
  }

  @Test
  void textMatchesAnywhereInTheAddressOrTheNameWhateverTheCase() {
    stored("ada@example.com", "Ada Lovelace");
    stored("grace@navy.example", "Grace Hopper");
    stored("lovelace.fan@example.com", "Charles");

    assertThat(emails(search(text("love"))))
        .containsExactly("ada@example.com", "lovelace.fan@example.com");
    assertThat(emails(search(text("navy")))).containsExactly("grace@navy.example");
    assertThat(emails(search(text("ace hop")))).containsExactly("grace@navy.example");
  }

  @Test
  void wildcardsInTheTextMatchOnlyThemselves() {
    stored("percent@example.com", "100% real");
    stored("underscore@example.com", "snake_case");
    stored("plain@example.com", "snakeXcase 100 real");
    stored("bang@example.com", "wow!");

    assertThat(emails(search(text("0%")))).containsExactly("percent@example.com");
    assertThat(emails(search(text("e_c")))).containsExactly("underscore@example.com");
    assertThat(emails(search(text("w!")))).containsExactly("bang@example.com");
    assertThat(search(text("%"))).hasSize(1);
    assertThat(search(text("_"))).hasSize(1);
  }

  @Test
  void quotesAndBackslashesInTheTextMatchOnlyThemselves() {
    stored("conan@example.com", "Conan O'Brien");
    stored("path@example.com", "C:\\Users\\ada");
    stored("other@example.com", "Obrien Users ada");

    assertThat(emails(search(text("o'b")))).containsExactly("conan@example.com");
    assertThat(emails(search(text("\\users\\")))).containsExactly("path@example.com");
    assertThat(search(text("'; drop table accounts; --"))).isEmpty();
  }

  @Test
  void statusFilterKeepsTheAccountsOfThatStatus() {
    stored("active@example.com", "A", AccountStatus.ACTIVE, Set.of(), TestData.NOW);
    stored("disabled@example.com", "D", AccountStatus.DISABLED, Set.of(), TestData.NOW);

    List<Account> found =
        search(
            new AccountSearch(
                null,
                AccountStatus.DISABLED,
                null,
                null,
                null,
                UserSort.EMAIL,
                false,
                null,
                null,
                10));

    assertThat(emails(found)).containsExactly("disabled@example.com");
  }

  @Test
  void roleFilterKeepsTheHoldersOfTheRoleWithAllTheirRoles() {
    Account admin =
        stored(
            "admin@example.com",
            "A",
            AccountStatus.ACTIVE,
            Set.of(PlatformRole.USER, PlatformRole.ADMIN),
            TestData.NOW);
    stored("user@example.com", "U", AccountStatus.ACTIVE, Set.of(PlatformRole.USER), TestData.NOW);
    stored("none@example.com", "N", AccountStatus.ACTIVE, Set.of(), TestData.NOW);

    List<Account> found =
        search(
            new AccountSearch(
                null, null, PlatformRole.ADMIN, null, null, UserSort.EMAIL, false, null, null, 10));

    assertThat(found).containsExactly(admin);
  }

  @Test
  void creationRangeIncludesItsStartAndExcludesItsEnd() {
    stored("before@example.com", "B", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(0));
    stored("start@example.com", "S", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(1));
    stored("inside@example.com", "I", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(2));
    stored("end@example.com", "E", AccountStatus.ACTIVE, Set.of(), TestData.minutesLater(3));

    List<Account> found =
        search(
            new AccountSearch(
                null,
                null,
                null,
                TestData.minutesLater(1),
                TestData.minutesLater(3),
                UserSort.CREATED_AT,
                false,
                null,
                null,
                10));

    assertThat(emails(found)).containsExactly("start@example.com", "inside@example.com");
  }

  @Test
  void filtersCombine() {
    stored(
        "ada@example.com", "Ada", AccountStatus.ACTIVE, Set.of(PlatformRole.ADMIN), TestData.NOW);
    stored(
        "adam@example.com",
        "Adam",
        AccountStatus.DISABLED,
        Set.of(PlatformRole.ADMIN),
        TestData.NOW);
    stored("adela@example.com", "Adela", AccountStatus.ACTIVE, Set.of(), TestData.NOW);

    List<Account> found =
        search(
            new AccountSearch(
                "ada",
                AccountStatus.ACTIVE,
                PlatformRole.ADMIN,
                null,
                null,
                UserSort.EMAIL,
                false,
                null,
                null,
                10));

    assertThat(emails(found)).containsExactly("ada@example.com");
  }

  @ParameterizedTest
  @EnumSource(UserSort.class)
  void ascendingOrderIsBySortKey(UserSort sort) {
    List<Account> accounts = fiveAccounts();

    assertThat(search(all(sort, false, 10)))
        .containsExactlyElementsOf(accounts.stream().sorted(order(sort)).toList());
  }

  @ParameterizedTest
  @EnumSource(UserSort.class)
  void descendingOrderIsTheReverse(UserSort sort) {
    List<Account> accounts = fiveAccounts();

    assertThat(search(all(sort, true, 10)))
        .containsExactlyElementsOf(accounts.stream().sorted(order(sort).reversed()).toList());
  }

  @ParameterizedTest
  @EnumSource(UserSort.class)
  void ascendingPagesWalkEveryAccountOnceInOrder(UserSort sort) {
    List<Account> accounts = fiveAccounts();

    assertThat(everyPage(all(sort, false, 2)))
        .containsExactlyElementsOf(accounts.stream().sorted(order(sort)).toList());
  }

  @ParameterizedTest
  @EnumSource(UserSort.class)
  void descendingPagesWalkEveryAccountOnceInOrder(UserSort sort) {
    List<Account> accounts = fiveAccounts();

    assertThat(everyPage(all(sort, true, 2)))
        .containsExactlyElementsOf(accounts.stream().sorted(order(sort).reversed()).toList());
  }

  @Test
  void accountsWithTheSameSortValueAreOrderedByIdUnsignedAndPagedOneByOne() {
    UUID low = UUID.fromString("00000000-0000-7000-8000-000000000001");
    UUID high = UUID.fromString("ffffffff-0000-7000-8000-000000000001");
    UUID middle = UUID.fromString("7fffffff-0000-7000-8000-000000000001");
    Account last =
        stored(high, "x@example.com", "Twin", AccountStatus.ACTIVE, Set.of(), TestData.NOW);
    Account first =
        stored(low, "y@example.com", "twin", AccountStatus.ACTIVE, Set.of(), TestData.NOW);
    Account second =
        stored(middle, "z@example.com", "TWIN", AccountStatus.ACTIVE, Set.of(), TestData.NOW);

    assertThat(everyPage(all(UserSort.NAME, false, 1))).containsExactly(first, second, last);
    assertThat(everyPage(all(UserSort.CREATED_AT, true, 1))).containsExactly(last, second, first);
  }

  @Test
  void renamedAccountIsSortedAndFoundByItsNewName() {
    Account renamed = stored("a@example.com", "Zed");
    Account other = stored("b@example.com", "Mike");

    store.transactions().run(() -> accounts.updateName(renamed.id(), "Alpha"));

    assertThat(search(all(UserSort.NAME, false, 10)))
        .extracting(Account::id)
        .containsExactly(renamed.id(), other.id());
    assertThat(emails(search(text("alph")))).containsExactly("a@example.com");
  }

  @Test
  void pageHoldsAtMostTheLimit() {
    fiveAccounts();

    assertThat(search(all(UserSort.EMAIL, false, 3))).hasSize(3);
  }

  @Test
  void nothingMatchingIsAnEmptyPage() {
    stored("ada@example.com", "Ada");

    assertThat(search(text("nobody"))).isEmpty();
  }

  @Test
  void cursorOfTheWrongTypeForTheOrderIsRefused() {
    AccountSearch wrong =
        new AccountSearch(
            null, null, null, null, null, UserSort.CREATED_AT, false, "ada", TestData.newId(), 10);

    assertThatThrownBy(() -> search(wrong)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultCarriesEveryFieldOfTheAccount() {
    Account account =
        stored(
            "grace@example.com",
            "Grace Hopper",
            AccountStatus.PENDING_VERIFICATION,
            Set.of(PlatformRole.USER, PlatformRole.SUPER_ADMIN),
            TestData.minutesLater(7));

    assertThat(search(text("grace"))).containsExactly(account);
  }

  @Test
  void pageStartsRightAfterTheCursor() {
    List<Account> ordered = fiveAccounts().stream().sorted(order(UserSort.EMAIL)).toList();

    assertThat(search(after(all(UserSort.EMAIL, false, 10), ordered.get(2))))
        .containsExactlyElementsOf(ordered.subList(3, 5));
  }
}
