package org.openlicensing.core.apikeys;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.ApiKeyPrincipal;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Secrets;

/**
 * Checks an API key presented as a bearer credential: well-formed, known, matching its stored hash,
 * not revoked. The last use is recorded at most once a minute per key, so that a busy key does not
 * write on every request.
 */
public final class ApiKeyAuthentication {
  private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

  private final Transactions transactions;
  private final ApiKeyRepository keys;
  private final Clock clock;

  public ApiKeyAuthentication(Transactions transactions, ApiKeyRepository keys, Clock clock) {
    this.transactions = transactions;
    this.keys = keys;
    this.clock = clock;
  }

  public ApiKeyPrincipal authenticate(String credential) {
    String prefix = ApiKeySecrets.prefixOf(credential).orElseThrow(ApiKeyAuthentication::refused);
    StoredApiKey stored =
        transactions
            .inTransaction(() -> keys.findByPrefix(prefix))
            .filter(key -> Secrets.sameSecret(key.secretHash(), Secrets.hash(credential)))
            .filter(key -> !key.key().isRevoked())
            .orElseThrow(ApiKeyAuthentication::refused);
    Instant now = clock.instant();
    boolean stale =
        stored.key().lastUsedAt().map(last -> last.plus(TOUCH_INTERVAL).isBefore(now)).orElse(true);
    if (stale) {
      transactions.run(() -> keys.touch(stored.key().id(), now));
    }
    return new ApiKeyPrincipal(
        stored.key().id(), stored.key().organizationId(), stored.key().scopes());
  }

  private static LicensingException refused() {
    return new LicensingException(ErrorCode.UNAUTHENTICATED, "the API key is invalid or revoked");
  }
}
