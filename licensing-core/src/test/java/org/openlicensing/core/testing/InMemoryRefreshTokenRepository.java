package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.core.auth.RefreshToken;
import org.openlicensing.core.auth.RefreshTokenRepository;

final class InMemoryRefreshTokenRepository implements RefreshTokenRepository {
  private final InMemoryTable<UUID, RefreshToken> tokens;

  InMemoryRefreshTokenRepository(InMemoryTransactions transactions) {
    this.tokens = transactions.table("refresh_tokens");
  }

  @Override
  public void insert(RefreshToken token) {
    tokens.requireUnique(!tokens.containsKey(token.id()), "id");
    tokens.requireUnique(
        tokens.all().stream().noneMatch(t -> t.tokenHash().equals(token.tokenHash())),
        "token_hash");
    tokens.put(token.id(), token);
  }

  @Override
  public Optional<RefreshToken> findByHash(String tokenHash) {
    return tokens.all().stream().filter(t -> t.tokenHash().equals(tokenHash)).findFirst();
  }

  @Override
  public boolean markRotated(UUID id, Instant at) {
    Optional<RefreshToken> found =
        tokens.get(id).filter(t -> t.rotatedAt().isEmpty() && t.revokedAt().isEmpty());
    found.ifPresent(t -> tokens.put(id, with(t, Optional.of(at), t.revokedAt())));
    return found.isPresent();
  }

  @Override
  public void revokeFamily(UUID familyId, Instant at) {
    List<RefreshToken> family =
        tokens.all().stream()
            .filter(t -> t.familyId().equals(familyId) && t.revokedAt().isEmpty())
            .toList();
    family.forEach(t -> tokens.put(t.id(), with(t, t.rotatedAt(), Optional.of(at))));
  }

  private static RefreshToken with(
      RefreshToken t, Optional<Instant> rotatedAt, Optional<Instant> revokedAt) {
    return new RefreshToken(
        t.id(),
        t.familyId(),
        t.accountId(),
        t.tokenHash(),
        t.issuedAt(),
        t.expiresAt(),
        rotatedAt,
        revokedAt);
  }
}
