package org.openlicensing.core.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Where refresh tokens are kept, by the hash of their secret. */
public interface RefreshTokenRepository {

  void insert(RefreshToken token);

  Optional<RefreshToken> findByHash(String tokenHash);

  /**
   * Marks the token spent unless it was spent or revoked already; false means it was, which is a
   * reuse.
   */
  boolean markRotated(UUID id, Instant at);

  /** Revokes every token of the family that is not revoked yet. */
  void revokeFamily(UUID familyId, Instant at);
}
