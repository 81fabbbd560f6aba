package org.openlicensing.core.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.core.support.Ids;
import org.openlicensing.core.support.Secrets;

/**
 * The secrets of the links sent by e-mail: 256 random bits, valid once, for their purpose's
 * lifetime, stored only as a hash. Runs in the caller's transaction.
 */
public final class OneTimeLinks {
  private final OneTimeTokenRepository tokens;
  private final Clock clock;

  public OneTimeLinks(OneTimeTokenRepository tokens, Clock clock) {
    this.tokens = tokens;
    this.clock = clock;
  }

  /** Makes a new token and returns its secret, to be put in a link and never stored. */
  public String issue(UUID accountId, TokenPurpose purpose, String payload) {
    String secret = Secrets.newSecret();
    Instant now = clock.instant();
    tokens.insert(
        new OneTimeToken(
            Ids.newId(clock),
            accountId,
            purpose,
            Secrets.hash(secret),
            now,
            now.plus(purpose.lifetime()),
            Optional.empty(),
            Optional.ofNullable(payload)));
    return secret;
  }

  /** Voids every unused token of the account for the purpose. */
  public void invalidate(UUID accountId, TokenPurpose purpose) {
    tokens.invalidateAll(accountId, purpose, clock.instant());
  }

  /** The token, if usable, without spending it. */
  public Optional<OneTimeToken> peek(TokenPurpose purpose, String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 256) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return tokens.findByHash(purpose, Secrets.hash(secret.strip())).filter(t -> t.isUsableAt(now));
  }

  /**
   * Spends a token; an unknown, used or expired one is TOKEN_INVALID. Two requests spending one
   * token at once: one wins, the other is refused.
   */
  public OneTimeToken spend(TokenPurpose purpose, String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 256) {
      throw LicensingException.invalid("token", "is required");
    }
    Instant now = clock.instant();
    OneTimeToken token =
        tokens
            .findByHash(purpose, Secrets.hash(secret.strip()))
            .filter(t -> t.isUsableAt(now))
            .orElseThrow(OneTimeLinks::invalid);
    if (!tokens.markUsed(token.id(), now)) {
      throw invalid();
    }
    return token;
  }

  private static LicensingException invalid() {
    return new LicensingException(ErrorCode.TOKEN_INVALID, "the link is invalid, used or expired");
  }
}
