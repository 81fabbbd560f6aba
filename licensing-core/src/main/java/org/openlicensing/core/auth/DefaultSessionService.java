package org.openlicensing.core.auth;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.auth.Session;
import org.openlicensing.api.auth.SessionService;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Transactions;

/** An account's view of its own sessions. */
public final class DefaultSessionService implements SessionService {
  private final Transactions transactions;
  private final SessionRepository sessions;
  private final SessionTokens tokens;
  private final AuditLog audit;
  private final Clock clock;

  public DefaultSessionService(
      Transactions transactions,
      SessionRepository sessions,
      SessionTokens tokens,
      AuditLog audit,
      Clock clock) {
    this.transactions = transactions;
    this.sessions = sessions;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public List<Session> sessions(Principal principal) {
    return transactions
        .inTransaction(() -> sessions.findLiveByAccount(principal.accountId(), clock.instant()))
        .stream()
        .map(record -> SessionViews.of(record, principal.sessionId()))
        .toList();
  }

  @Override
  public void revoke(Principal principal, UUID sessionId, ClientInfo client) {
    transactions.run(
        () -> {
          boolean own =
              sessions
                  .findById(sessionId)
                  .filter(s -> s.accountId().equals(principal.accountId()))
                  .filter(s -> s.isLiveAt(clock.instant()))
                  .isPresent();
          if (!own) {
            throw LicensingException.notFound("session");
          }
          tokens.close(sessionId);
          audit.record(
              new Caller.AccountCaller(principal),
              AuditEntry.onSession("session.revoked", sessionId),
              client);
        });
  }
}
