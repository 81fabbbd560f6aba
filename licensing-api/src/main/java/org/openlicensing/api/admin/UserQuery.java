package org.openlicensing.api.admin;

import java.time.Instant;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;

/**
 * A search of the user overview. Every filter may be null; the service checks the rest.
 *
 * @param text matched, case-insensitively, anywhere in the e-mail address or the name
 * @param createdFrom inclusive
 * @param createdTo exclusive
 * @param cursor the {@code nextCursor} of the previous page, or null
 */
public record UserQuery(
    String text,
    AccountStatus status,
    PlatformRole role,
    Instant createdFrom,
    Instant createdTo,
    UserSort sort,
    boolean descending,
    String cursor,
    Integer limit) {}
