package org.openlicensing.core.admin;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.api.admin.MembershipView;
import org.openlicensing.api.admin.UserDetail;
import org.openlicensing.api.admin.UserQuery;
import org.openlicensing.api.admin.UserSort;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.accounts.AccountSearch;
import org.openlicensing.core.auth.SessionViews;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.support.FieldChecks;

/**
 * The read side of user management: the searchable overview and the detail of one account. It reads
 * across many repositories, so it takes the whole store.
 */
final class UserDirectory {
  static final int DEFAULT_PAGE = 50;
  static final int MAX_PAGE = 200;
  private static final int RECENT_EVENTS = 20;
  private static final int DETAIL_LICENSES = 100;

  private final Persistence store;
  private final Clock clock;

  UserDirectory(Persistence store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  Page<Account> search(UserQuery query) {
    FieldChecks checks = new FieldChecks();
    String text = checks.optionalText("q", query.text(), 100);
    int limit =
        query.limit() == null ? DEFAULT_PAGE : checks.number("limit", query.limit(), 1, MAX_PAGE);
    if (query.createdFrom() != null
        && query.createdTo() != null
        && !query.createdFrom().isBefore(query.createdTo())) {
      checks.reject("createdTo", "must be after createdFrom");
    }
    checks.throwIfAny();
    UserSort sort = query.sort() == null ? UserSort.CREATED_AT : query.sort();
    UserCursor after = query.cursor() == null ? null : UserCursor.decode(query.cursor(), sort);
    AccountSearch search =
        new AccountSearch(
            text == null ? null : text.toLowerCase(Locale.ROOT),
            query.status(),
            query.role(),
            query.createdFrom(),
            query.createdTo(),
            sort,
            query.descending(),
            after == null ? null : after.value(),
            after == null ? null : after.id(),
            limit + 1);
    List<Account> rows = store.transactions().inTransaction(() -> store.accounts().search(search));
    if (rows.size() <= limit) {
      return Page.of(rows);
    }
    List<Account> page = rows.subList(0, limit);
    return new Page<>(page, Optional.of(UserCursor.after(page.get(limit - 1), sort).encode(sort)));
  }

  UserDetail detail(UUID userId) {
    return store.transactions().inTransaction(() -> load(userId));
  }

  private UserDetail load(UUID userId) {
    Account account =
        store.accounts().findById(userId).orElseThrow(() -> LicensingException.notFound("user"));
    List<MembershipView> memberships = new ArrayList<>();
    store
        .organizations()
        .membershipsOf(userId)
        .forEach(
            m ->
                store
                    .organizations()
                    .findById(m.organizationId())
                    .ifPresent(org -> memberships.add(new MembershipView(org, m))));
    List<UUID> managed = store.organizations().managedBy(userId);
    List<LicenseView> licenses =
        store.licenses().findVisible(userId, managed, null, DETAIL_LICENSES);
    return new UserDetail(
        account,
        store.profiles().find(userId).orElse(Profile.EMPTY),
        memberships,
        store.subscriptions().findByOrganizations(managed),
        licenses,
        store.sessions().findLiveByAccount(userId, clock.instant()).stream()
            .map(record -> SessionViews.of(record, null))
            .toList(),
        store.auditLog().findRecentAbout(userId, RECENT_EVENTS),
        store.supportNotes().findByAccount(userId));
  }
}
