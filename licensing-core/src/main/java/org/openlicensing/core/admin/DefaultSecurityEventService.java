package org.openlicensing.core.admin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.api.security.SecurityEventService;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.security.SecurityEventRepository;

/** Security events for platform admins, newest first. */
final class DefaultSecurityEventService implements SecurityEventService {
  private final Transactions transactions;
  private final SecurityEventRepository events;

  DefaultSecurityEventService(Transactions transactions, SecurityEventRepository events) {
    this.transactions = transactions;
    this.events = events;
  }

  @Override
  public Page<SecurityEvent> recent(Principal admin, String cursor, int limit) {
    AdminGuard.requireAdmin(admin);
    if (limit < 1 || limit > UserDirectory.MAX_PAGE) {
      throw LicensingException.invalid("limit", "must be between 1 and " + UserDirectory.MAX_PAGE);
    }
    UUID before = cursor == null ? null : decode(cursor);
    List<SecurityEvent> rows =
        transactions.inTransaction(() -> events.findRecent(before, limit + 1));
    if (rows.size() <= limit) {
      return Page.of(rows);
    }
    List<SecurityEvent> page = rows.subList(0, limit);
    return new Page<>(page, Optional.of(encode(page.get(limit - 1).id())));
  }

  private static String encode(UUID id) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(id.toString().getBytes(StandardCharsets.US_ASCII));
  }

  private static UUID decode(String cursor) {
    try {
      return UUID.fromString(
          new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
    } catch (IllegalArgumentException e) {
      throw LicensingException.invalid("cursor", "is not a cursor of this list");
    }
  }
}
