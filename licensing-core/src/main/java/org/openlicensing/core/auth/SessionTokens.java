package org.openlicensing.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Ids;
import org.openlicensing.core.support.Secrets;

/**
 * Sessions and their tokens. A sign-in opens a session; its refresh tokens rotate on every use (RFC
 * 9700, section 4.14), and presenting a spent one again means it leaked: the session is revoked,
 * for thief and owner alike. Access tokens name their session, so revoking it ends them too.
 */
public final class SessionTokens {
  public static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

  /** The longest a session lasts, however often it is refreshed. */
  public static final Duration SESSION_LIFETIME = Duration.ofDays(90);

  private final Transactions transactions;
  private final SessionRepository sessions;
  private final RefreshTokenRepository refreshTokens;
  private final AccessTokens accessTokens;
  private final Clock clock;

  public SessionTokens(
      Transactions transactions,
      SessionRepository sessions,
      RefreshTokenRepository refreshTokens,
      AccessTokens accessTokens,
      Clock clock) {
    this.transactions = transactions;
    this.sessions = sessions;
    this.refreshTokens = refreshTokens;
    this.accessTokens = accessTokens;
    this.clock = clock;
  }

  /** Opens a session for the account and returns its first tokens. */
  public TokenPair open(Account account, ClientInfo client) {
    Instant now = clock.instant();
    UUID sessionId = Ids.newId(clock);
    SessionRecord session =
        new SessionRecord(
            sessionId,
            account.id(),
            now,
            now,
            now.plus(SESSION_LIFETIME),
            Optional.ofNullable(client.ipAddress()),
            Optional.ofNullable(client.userAgent()).map(SessionTokens::shorten),
            Optional.empty());
    String refresh =
        transactions.inTransaction(
            () -> {
              sessions.insert(session);
              return issueRefreshToken(session, now);
            });
    return new TokenPair(
        accessTokens.issue(account.id(), account.roles(), sessionId),
        refresh,
        AccessTokens.LIFETIME);
  }

  /** The outcome of spending a refresh token. */
  public sealed interface Refresh {
    /** New tokens for the session. */
    record Renewed(TokenPair tokens) implements Refresh {}

    /** A spent token came back: the session is revoked now. */
    record Reused(UUID accountId) implements Refresh {}

    /** Unknown, expired, or of a session that has ended. */
    record Refused() implements Refresh {}
  }

  public Refresh refresh(String presented, ClientInfo client) {
    Instant now = clock.instant();
    return transactions.inTransaction(
        () -> {
          Optional<RefreshToken> found = refreshTokens.findByHash(Secrets.hash(presented));
          if (found.isEmpty()) {
            return new Refresh.Refused();
          }
          RefreshToken token = found.get();
          if (token.rotatedAt().isPresent() || token.revokedAt().isPresent()) {
            revoke(token.familyId(), now);
            return token.rotatedAt().isPresent()
                ? new Refresh.Reused(token.accountId())
                : new Refresh.Refused();
          }
          Optional<SessionGrant> grant = sessions.authorize(token.familyId(), now);
          if (!now.isBefore(token.expiresAt())
              || grant.isEmpty()
              || grant.get().status() != AccountStatus.ACTIVE) {
            return new Refresh.Refused();
          }
          if (!refreshTokens.markRotated(token.id(), now)) {
            revoke(token.familyId(), now);
            return new Refresh.Reused(token.accountId());
          }
          SessionRecord session = sessions.findById(token.familyId()).orElseThrow();
          sessions.touch(session.id(), now, client.ipAddress(), client.userAgent());
          String successor = issueRefreshToken(session, now);
          return new Refresh.Renewed(
              new TokenPair(
                  accessTokens.issue(token.accountId(), grant.get().roles(), session.id()),
                  successor,
                  AccessTokens.LIFETIME));
        });
  }

  /** The account a refresh token belongs to, if it is known; for throttling before rotating. */
  public Optional<UUID> accountOf(String presented) {
    return transactions
        .inTransaction(() -> refreshTokens.findByHash(Secrets.hash(presented)))
        .map(RefreshToken::accountId);
  }

  /** Ends the session: its refresh tokens and access tokens stop working. */
  public void close(UUID sessionId) {
    transactions.run(() -> revoke(sessionId, clock.instant()));
  }

  private void revoke(UUID sessionId, Instant now) {
    sessions.revoke(sessionId, now);
    refreshTokens.revokeFamily(sessionId, now);
  }

  private String issueRefreshToken(SessionRecord session, Instant now) {
    String secret = Secrets.newSecret();
    Instant lifetimeEnd = now.plus(REFRESH_TOKEN_LIFETIME);
    refreshTokens.insert(
        new RefreshToken(
            Ids.newId(clock),
            session.id(),
            session.accountId(),
            Secrets.hash(secret),
            now,
            lifetimeEnd.isBefore(session.expiresAt()) ? lifetimeEnd : session.expiresAt(),
            Optional.empty(),
            Optional.empty()));
    return secret;
  }

  private static String shorten(String userAgent) {
    return userAgent.length() <= 255 ? userAgent : userAgent.substring(0, 255);
  }

  static LicensingException refused() {
    return new LicensingException(
        ErrorCode.UNAUTHENTICATED, "the refresh token is invalid, expired or already used");
  }
}
