package org.openlicensing.api.security;

import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Principal;

/** What security monitoring has recorded, for platform admins. */
public interface SecurityEventService {
  /** Newest first. */
  Page<SecurityEvent> recent(Principal admin, String cursor, int limit);
}
