package org.openlicensing.core.admin;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.api.security.SecurityEventService;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.security.SecurityEventRepository;
import org.openlicensing.core.support.Cursors;

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
    UUID before = Cursors.decodeId(cursor);
    List<SecurityEvent> rows =
        transactions.inTransaction(() -> events.findRecent(before, limit + 1));
    return Cursors.page(rows, limit, event -> Cursors.encodeId(event.id()));
  }
}
