package org.openlicensing.api.licenses;

import java.util.UUID;
import org.openlicensing.api.Page;

/** Licenses as their owners and holders see them. */
public interface LicenseService {

  /**
   * The licenses the account may see: every license of the organizations it manages and the
   * licenses assigned to it, oldest first.
   *
   * @param cursor the {@code nextCursor} of the previous page, or null for the first
   */
  Page<LicenseView> visibleTo(UUID accountId, String cursor, int limit);

  /** One license the account may see; any other id is NOT_FOUND. */
  LicenseView get(UUID accountId, UUID licenseId);
}
