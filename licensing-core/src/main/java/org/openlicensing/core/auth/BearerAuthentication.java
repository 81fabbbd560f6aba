package org.openlicensing.core.auth;

import java.time.Clock;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.apikeys.ApiKeyAuthentication;
import org.openlicensing.core.apikeys.ApiKeySecrets;
import org.openlicensing.core.persistence.Transactions;

/**
 * Turns a bearer credential into a caller. An access token counts only while its session is live
 * and its account ACTIVE, checked on every request: disabling an account or revoking a session ends
 * its access tokens at once, and the roles are the account's current ones.
 */
public final class BearerAuthentication {
  private final Transactions transactions;
  private final AccessTokens accessTokens;
  private final SessionRepository sessions;
  private final ApiKeyAuthentication apiKeys;
  private final Clock clock;

  public BearerAuthentication(
      Transactions transactions,
      AccessTokens accessTokens,
      SessionRepository sessions,
      ApiKeyAuthentication apiKeys,
      Clock clock) {
    this.transactions = transactions;
    this.accessTokens = accessTokens;
    this.sessions = sessions;
    this.apiKeys = apiKeys;
    this.clock = clock;
  }

  public Caller authenticate(String credential) {
    if (credential == null || credential.isBlank()) {
      throw new LicensingException(ErrorCode.UNAUTHENTICATED, "a bearer credential is required");
    }
    if (ApiKeySecrets.looksLikeKey(credential)) {
      return new Caller.ApiKeyCaller(apiKeys.authenticate(credential));
    }
    AccessTokens.Claims claims = accessTokens.verify(credential);
    return transactions
        .inTransaction(() -> sessions.authorize(claims.sessionId(), clock.instant()))
        .filter(grant -> grant.accountId().equals(claims.accountId()))
        .filter(grant -> grant.status() == AccountStatus.ACTIVE)
        .map(
            grant ->
                (Caller)
                    new Caller.AccountCaller(
                        new Principal(grant.accountId(), grant.roles(), grant.sessionId())))
        .orElseThrow(
            () ->
                new LicensingException(
                    ErrorCode.UNAUTHENTICATED, "the session has ended; sign in again"));
  }
}
