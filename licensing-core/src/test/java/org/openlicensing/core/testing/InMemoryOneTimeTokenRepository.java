package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.accounts.OneTimeToken;
import org.openlicensing.core.accounts.OneTimeTokenRepository;
import org.openlicensing.core.accounts.TokenPurpose;

final class InMemoryOneTimeTokenRepository implements OneTimeTokenRepository {
  private final InMemoryTable<UUID, OneTimeToken> tokens;

  InMemoryOneTimeTokenRepository(InMemoryTransactions transactions) {
    this.tokens = transactions.table("one_time_tokens");
  }

  @Override
  public void insert(OneTimeToken token) {
    tokens.requireUnique(!tokens.containsKey(token.id()), "id");
    tokens.requireUnique(
        tokens.all().stream().noneMatch(t -> t.tokenHash().equals(token.tokenHash())),
        "token_hash");
    tokens.put(token.id(), token);
  }

  @Override
  public Optional<OneTimeToken> findByHash(TokenPurpose purpose, String tokenHash) {
    return tokens.all().stream()
        .filter(t -> t.tokenHash().equals(tokenHash) && t.purpose() == purpose)
        .findFirst();
  }

  @Override
  public boolean markUsed(UUID tokenId, Instant at) {
    Optional<OneTimeToken> found = tokens.get(tokenId).filter(t -> t.usedAt().isEmpty());
    found.ifPresent(
        t ->
            tokens.put(
                tokenId,
                new OneTimeToken(
                    t.id(),
                    t.accountId(),
                    t.purpose(),
                    t.tokenHash(),
                    t.createdAt(),
                    t.expiresAt(),
                    Optional.of(at))));
    return found.isPresent();
  }
}
