package org.openlicensing.core.auth;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where sessions are kept. */
public interface SessionRepository {

  void insert(SessionRecord session);

  Optional<SessionRecord> findById(UUID id);

  /** The account's sessions that are neither revoked nor expired at {@code now}, newest first. */
  List<SessionRecord> findLiveByAccount(UUID accountId, Instant now);

  /**
   * The session, if live at {@code now}, with its account's status and roles: one indexed lookup,
   * made for every request with an access token.
   */
  Optional<SessionGrant> authorize(UUID sessionId, Instant now);

  /** Records a refresh: when and from where the session was last used. */
  void touch(UUID id, Instant at, String ipAddress, String userAgent);

  /** Revokes the session unless it is revoked already; returns whether this call revoked it. */
  boolean revoke(UUID id, Instant at);

  /**
   * Revokes every live session of the account but {@code keep} (which may be null); returns how
   * many.
   */
  int revokeAllOfAccount(UUID accountId, Instant at, UUID keep);
}
