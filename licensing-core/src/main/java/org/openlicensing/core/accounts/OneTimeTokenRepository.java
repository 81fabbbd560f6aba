package org.openlicensing.core.accounts;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where one-time tokens are kept, by the hash of their secret. */
public interface OneTimeTokenRepository {

  void insert(OneTimeToken token);

  Optional<OneTimeToken> findByHash(TokenPurpose purpose, String tokenHash);

  /**
   * Marks the token used unless it already was. Returns false when another request spent it first,
   * so that a token works once even under concurrent use.
   */
  boolean markUsed(UUID tokenId, Instant at);

  /**
   * Marks every unused token of the account for the purpose used, so that only a token issued after
   * this call works; returns how many.
   */
  int invalidateAll(UUID accountId, TokenPurpose purpose, Instant at);
}
