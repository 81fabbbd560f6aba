package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.List;
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
    found.ifPresent(t -> tokens.put(tokenId, used(t, at)));
    return found.isPresent();
  }

  @Override
  public int invalidateAll(UUID accountId, TokenPurpose purpose, Instant at) {
    List<OneTimeToken> unused =
        tokens.all().stream()
            .filter(
                t ->
                    t.accountId().equals(accountId)
                        && t.purpose() == purpose
                        && t.usedAt().isEmpty())
            .toList();
    unused.forEach(t -> tokens.put(t.id(), used(t, at)));
    return unused.size();
  }

  private static OneTimeToken used(OneTimeToken t, Instant at) {
    return new OneTimeToken(
        t.id(),
        t.accountId(),
        t.purpose(),
        t.tokenHash(),
        t.createdAt(),
        t.expiresAt(),
        Optional.of(at),
        t.payload());
  }
}
