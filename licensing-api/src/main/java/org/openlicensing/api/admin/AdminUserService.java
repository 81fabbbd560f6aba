package org.openlicensing.api.admin;

import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;

/**
 * User management for platform staff. Every method needs an ADMIN or SUPER_ADMIN (FORBIDDEN
 * otherwise); acting on an admin needs a SUPER_ADMIN. Every action is written to the audit log.
 */
public interface AdminUserService {

  Page<Account> search(Principal admin, UserQuery query);

  UserDetail detail(Principal admin, UUID userId);

  void resendVerification(Principal admin, UUID userId, ClientInfo client);

  /** Disables the account and ends its sessions at once, access tokens included. */
  void disable(Principal admin, UUID userId, ClientInfo client);

  void enable(Principal admin, UUID userId, ClientInfo client);

  void endSessions(Principal admin, UUID userId, ClientInfo client);

  void sendPasswordReset(Principal admin, UUID userId, ClientInfo client);

  SupportNote addNote(Principal admin, UUID userId, String body, ClientInfo client);

  /**
   * Sets the account's platform roles. Only a SUPER_ADMIN grants or removes ADMIN and SUPER_ADMIN,
   * and the last SUPER_ADMIN keeps the role.
   */
  Account setRoles(Principal admin, UUID userId, Set<PlatformRole> roles, ClientInfo client);
}
