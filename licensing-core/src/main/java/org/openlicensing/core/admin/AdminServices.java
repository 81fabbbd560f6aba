package org.openlicensing.core.admin;

import java.time.Clock;
import org.openlicensing.api.admin.AdminUserService;
import org.openlicensing.api.security.SecurityEventService;
import org.openlicensing.core.accounts.DefaultAccountService;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.auth.PasswordReset;
import org.openlicensing.core.persistence.Persistence;

/** Wires the services of platform staff from the store and the account services they reuse. */
public final class AdminServices {
  private final AdminUserService users;
  private final SecurityEventService securityEvents;

  public AdminServices(
      Persistence store,
      DefaultAccountService accountService,
      PasswordReset passwordReset,
      AuditLog audit,
      Clock clock) {
    UserSupportActions actions =
        new UserSupportActions(
            store.transactions(),
            store.accounts(),
            store.sessions(),
            store.supportNotes(),
            audit,
            clock);
    this.users =
        new DefaultAdminUserService(
            new UserDirectory(store, clock),
            actions,
            new UserEmails(store.transactions(), actions, accountService, passwordReset),
            new RoleChanges(store.transactions(), store.accounts(), audit));
    this.securityEvents =
        new DefaultSecurityEventService(store.transactions(), store.securityEvents());
  }

  public AdminUserService users() {
    return users;
  }

  public SecurityEventService securityEvents() {
    return securityEvents;
  }
}
