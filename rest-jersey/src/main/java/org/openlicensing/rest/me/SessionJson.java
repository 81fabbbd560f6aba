package org.openlicensing.rest.me;

import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.auth.Session;

/** A session as its account sees it. */
public record SessionJson(
    UUID id,
    Instant createdAt,
    Instant lastUsedAt,
    Instant expiresAt,
    String ipAddress,
    String userAgent,
    boolean current) {

  public static SessionJson of(Session s) {
    return new SessionJson(
        s.id(),
        s.createdAt(),
        s.lastUsedAt(),
        s.expiresAt(),
        s.ipAddress().orElse(null),
        s.userAgent().orElse(null),
        s.current());
  }
}
