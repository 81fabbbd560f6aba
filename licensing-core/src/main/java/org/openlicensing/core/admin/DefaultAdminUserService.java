package org.openlicensing.core.admin;

import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.admin.AdminUserService;
import org.openlicensing.api.admin.SupportNote;
import org.openlicensing.api.admin.UserDetail;
import org.openlicensing.api.admin.UserQuery;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;

/** User management for platform staff: checks the actor, then delegates. */
public final class DefaultAdminUserService implements AdminUserService {
  private final UserDirectory directory;
  private final UserSupportActions actions;
  private final UserEmails emails;
  private final RoleChanges roles;

  /** Built by {@link AdminServices}, which wires its parts. */
  DefaultAdminUserService(
      UserDirectory directory, UserSupportActions actions, UserEmails emails, RoleChanges roles) {
    this.directory = directory;
    this.actions = actions;
    this.emails = emails;
    this.roles = roles;
  }

  @Override
  public Page<Account> search(Principal admin, UserQuery query) {
    AdminGuard.requireAdmin(admin);
    return directory.search(query);
  }

  @Override
  public UserDetail detail(Principal admin, UUID userId) {
    AdminGuard.requireAdmin(admin);
    return directory.detail(userId);
  }

  @Override
  public void resendVerification(Principal admin, UUID userId, ClientInfo client) {
    emails.resendVerification(admin, userId, client);
  }

  @Override
  public void disable(Principal admin, UUID userId, ClientInfo client) {
    actions.disable(admin, userId, client);
  }

  @Override
  public void enable(Principal admin, UUID userId, ClientInfo client) {
    actions.enable(admin, userId, client);
  }

  @Override
  public void endSessions(Principal admin, UUID userId, ClientInfo client) {
    actions.endSessions(admin, userId, client);
  }

  @Override
  public void sendPasswordReset(Principal admin, UUID userId, ClientInfo client) {
    emails.sendPasswordReset(admin, userId, client);
  }

  @Override
  public SupportNote addNote(Principal admin, UUID userId, String body, ClientInfo client) {
    return actions.addNote(admin, userId, body, client);
  }

  @Override
  public Account setRoles(
      Principal admin, UUID userId, Set<PlatformRole> roles, ClientInfo client) {
    return this.roles.setRoles(admin, userId, roles, client);
  }
}
