package org.openlicensing.api.licenses;

import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/** Licenses as their owners and holders see them. */
public interface LicenseService {

  /**
   * The licenses the caller may see, oldest first: for an account, every license of the
   * organizations it manages and the licenses assigned to it; for an API key, its organization's.
   *
   * @param cursor the {@code nextCursor} of the previous page, or null for the first
   */
  Page<LicenseView> visibleTo(Caller caller, String cursor, int limit);

  /** One license the caller may see; any other id is NOT_FOUND. */
  LicenseView get(Caller caller, UUID licenseId);

  /**
   * Hands the license to a member of its organization, for the organization's owners and admins and
   * its WRITE-scoped API keys. A license held by someone else must be unassigned first, or
   * transferred.
   */
  LicenseView assign(Caller caller, UUID licenseId, UUID accountId, ClientInfo client);

  /** As {@link #assign(Caller, UUID, UUID, ClientInfo)}, the member named by id or by address. */
  LicenseView assign(Caller caller, UUID licenseId, LicenseRecipient to, ClientInfo client);

  /** Takes the license back from its holder, whose devices under it are deactivated. */
  LicenseView unassign(Caller caller, UUID licenseId, ClientInfo client);

  /**
   * Moves the license to another member of its organization, for those who may assign it. The
   * former holder's devices are kept or deactivated as the license's policy says ({@code
   * TransferRule}). Transferring to the current holder changes nothing.
   */
  LicenseView transfer(Caller caller, UUID licenseId, LicenseRecipient to, ClientInfo client);

  /**
   * Frees every device of the license, for its holder and for those who manage its organization's
   * licenses. Limited per license (by default three times in thirty days): RATE_LIMITED beyond.
   */
  LicenseView reset(Caller caller, UUID licenseId, ClientInfo client);
}
