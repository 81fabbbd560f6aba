package org.openlicensing.core.security;

import java.util.List;
import java.util.UUID;
import org.openlicensing.api.security.SecurityEvent;

/** Where security monitoring's events are kept. */
public interface SecurityEventRepository {

  void append(SecurityEvent event);

  /** Newest first, before the given id (null for the newest), at most {@code limit}. */
  List<SecurityEvent> findRecent(UUID beforeId, int limit);
}
