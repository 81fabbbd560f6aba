package org.openlicensing.core.accounts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.admin.UserSort;

/**
 * A checked search of accounts, for the admins' overview: filters (null for any), an order, and
 * keyset pagination after the last row of the previous page.
 *
 * @param text lower case; matched anywhere in the e-mail address or the name
 * @param afterValue the sort value of the previous page's last row (an Instant for CREATED_AT, a
 *     lower-case string otherwise), or null for the first page
 * @param afterId that row's id, or null for the first page
 */
public record AccountSearch(
    String text,
    AccountStatus status,
    PlatformRole role,
    Instant createdFrom,
    Instant createdTo,
    UserSort sort,
    boolean descending,
    Object afterValue,
    UUID afterId,
    int limit) {

  public AccountSearch {
    Objects.requireNonNull(sort, "sort");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive: " + limit);
    }
    if ((afterValue == null) != (afterId == null)) {
      throw new IllegalArgumentException("a cursor needs both its value and its id");
    }
  }
}
