package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.core.accounts.AccountSearch;

/**
 * An account search over the accounts in memory, as the databases run it: the text matched
 * literally (no wildcards) in the address or the lower-case name, the sort key with the id in
 * unsigned order breaking ties, and the page starting strictly after the cursor.
 */
final class InMemoryAccountSearch {
  /** Where a row stands in the order: its sort value, then its id. */
  private record Position(Comparable<Object> value, UUID id) {}

  private final AccountSearch search;
  private final Comparator<Position> order;

  private InMemoryAccountSearch(AccountSearch search) {
    this.search = search;
    Comparator<Position> ascending =
        Comparator.comparing(Position::value).thenComparing(Position::id, UuidOrder.ASCENDING);
    this.order = search.descending() ? ascending.reversed() : ascending;
  }

  static List<Account> run(List<Account> accounts, AccountSearch search) {
    return new InMemoryAccountSearch(search).pageOf(accounts);
  }

  private List<Account> pageOf(List<Account> accounts) {
    Position cursor =
        search.afterId() == null ? null : new Position(cursorValue(), search.afterId());
    return accounts.stream()
        .filter(this::matches)
        .filter(a -> cursor == null || order.compare(position(a), cursor) > 0)
        .sorted(Comparator.comparing(this::position, order))
        .limit(search.limit())
        .toList();
  }

  private boolean matches(Account a) {
    return (search.text() == null
            || a.email().contains(search.text())
            || nameKey(a).contains(search.text()))
        && (search.status() == null || a.status() == search.status())
        && (search.role() == null || a.hasRole(search.role()))
        && (search.createdFrom() == null || !a.createdAt().isBefore(search.createdFrom()))
        && (search.createdTo() == null || a.createdAt().isBefore(search.createdTo()));
  }

  @SuppressWarnings("unchecked")
  private Position position(Account a) {
    Object value =
        switch (search.sort()) {
          case CREATED_AT -> a.createdAt();
          case EMAIL -> a.email();
          case NAME -> nameKey(a);
        };
    return new Position((Comparable<Object>) value, a.id());
  }

  /** The cursor's value, which must be of the sort's type, as the databases require. */
  @SuppressWarnings("unchecked")
  private Comparable<Object> cursorValue() {
    Class<?> expected =
        switch (search.sort()) {
          case CREATED_AT -> Instant.class;
          case EMAIL, NAME -> String.class;
        };
    if (!expected.isInstance(search.afterValue())) {
      throw new IllegalArgumentException(
          String.format(
              "the cursor of an order by %s holds a %s, not %s",
              search.sort(), expected.getSimpleName(), search.afterValue()));
    }
    return (Comparable<Object>) search.afterValue();
  }

  private static String nameKey(Account a) {
    return a.name().toLowerCase(Locale.ROOT);
  }
}
