package org.openlicensing.core.auth;

import java.util.UUID;
import org.openlicensing.api.auth.Session;

/** A stored session as the api shows it. */
public final class SessionViews {
  private SessionViews() {}

  /**
   * @param currentSession the caller's own session, marked as current; may be null
   */
  public static Session of(SessionRecord record, UUID currentSession) {
    return new Session(
        record.id(),
        record.createdAt(),
        record.lastUsedAt(),
        record.expiresAt(),
        record.ipAddress(),
        record.userAgent(),
        record.id().equals(currentSession));
  }
}
