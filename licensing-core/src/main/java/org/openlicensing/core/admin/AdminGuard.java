package org.openlicensing.core.admin;

import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.auth.Principal;

/**
 * Who may do what to whom among platform staff: ADMINs manage users, only SUPER_ADMINs manage
 * admins and roles. Refusals are FORBIDDEN: an admin endpoint reveals nothing by existing.
 */
final class AdminGuard {
  private AdminGuard() {}

  static void requireAdmin(Principal actor) {
    if (!actor.isPlatformAdmin()) {
      throw forbidden("this needs a platform ADMIN");
    }
  }

  static void requireSuperAdmin(Principal actor) {
    if (!actor.isSuperAdmin()) {
      throw forbidden("only a SUPER_ADMIN may do this");
    }
  }

  /** Staff accounts are managed by SUPER_ADMINs only. */
  static void requireMayManage(Principal actor, Account target) {
    requireAdmin(actor);
    boolean staff = target.hasRole(PlatformRole.ADMIN) || target.hasRole(PlatformRole.SUPER_ADMIN);
    if (staff && !actor.isSuperAdmin()) {
      throw forbidden("only a SUPER_ADMIN may act on another admin");
    }
  }

  private static LicensingException forbidden(String detail) {
    return new LicensingException(ErrorCode.FORBIDDEN, detail);
  }
}
