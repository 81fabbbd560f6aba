package org.openlicensing.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.core.support.Ids;
import org.openlicensing.core.support.Secrets;

/**
 * Opaque refresh tokens with rotation and reuse detection (RFC 9700, section 4.14): every token
 * works once and is replaced by a successor; presenting a spent token again means it leaked, so the
 * whole family is revoked and the session ends for thief and owner alike.
 */
public final class RefreshTokens {
  public static final Duration LIFETIME = Duration.ofDays(30);

  private final RefreshTokenRepository repository;
  private final Clock clock;

  public RefreshTokens(RefreshTokenRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** A token starting a new family: a new sign-in. Runs in the caller's transaction. */
  public String startFamily(UUID accountId) {
    return issue(accountId, Ids.newId(clock));
  }

  /**
   * Spends a token and returns the account and a successor, or throws UNAUTHENTICATED. Runs in the
   * caller's transaction; a detected reuse revokes the family, which must commit, so the caller
   * commits before it rethrows (see {@link Rotation}).
   */
  public Rotation rotate(String presented) {
    Instant now = clock.instant();
    Optional<RefreshToken> found = repository.findByHash(Secrets.hash(presented));
    if (found.isEmpty()) {
      return Rotation.refused();
    }
    RefreshToken token = found.get();
    if (token.revokedAt().isPresent() || !now.isBefore(token.expiresAt())) {
      return Rotation.refused();
    }
    if (token.rotatedAt().isPresent() || !repository.markRotated(token.id(), now)) {
      repository.revokeFamily(token.familyId(), now);
      return Rotation.refused();
    }
    return new Rotation(token.accountId(), issue(token.accountId(), token.familyId()));
  }

  private String issue(UUID accountId, UUID familyId) {
    String secret = Secrets.newSecret();
    Instant now = clock.instant();
    repository.insert(
        new RefreshToken(
            Ids.newId(clock),
            familyId,
            accountId,
            Secrets.hash(secret),
            now,
            now.plus(LIFETIME),
            Optional.empty(),
            Optional.empty()));
    return secret;
  }

  /** The result of spending a refresh token: an account and a successor, or a refusal. */
  public record Rotation(UUID accountId, String successor) {
    static Rotation refused() {
      return new Rotation(null, null);
    }

    public boolean accepted() {
      return accountId != null;
    }

    public static LicensingException refusal() {
      return new LicensingException(
          ErrorCode.UNAUTHENTICATED, "the refresh token is invalid, expired or already used");
    }
  }
}
