package org.openlicensing.core.admin;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.Transactions;

/**
 * Granting and removing platform roles: SUPER_ADMINs only, and never leaving the platform without
 * an active SUPER_ADMIN, even when two of them demote each other at once on two servers: changes
 * take a lock and count under it.
 */
final class RoleChanges {
  private final Transactions transactions;
  private final AccountRepository accounts;
  private final AuditLog audit;

  RoleChanges(Transactions transactions, AccountRepository accounts, AuditLog audit) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.audit = audit;
  }

  Account setRoles(Principal actor, UUID userId, Set<PlatformRole> requested, ClientInfo client) {
    AdminGuard.requireSuperAdmin(actor);
    if (requested == null || requested.stream().anyMatch(Objects::isNull)) {
      throw LicensingException.invalid("roles", "is required and lists roles only");
    }
    // Every account is a USER; the request only decides the staff roles.
    Set<PlatformRole> roles = EnumSet.of(PlatformRole.USER);
    roles.addAll(requested);
    return transactions.inTransaction(
        () -> {
          accounts.lockRoleChanges();
          Account target =
              accounts.findById(userId).orElseThrow(() -> LicensingException.notFound("user"));
          boolean demotesSuperAdmin =
              target.hasRole(PlatformRole.SUPER_ADMIN) && !roles.contains(PlatformRole.SUPER_ADMIN);
          if (demotesSuperAdmin
              && target.status() == AccountStatus.ACTIVE
              && accounts.countWithRole(PlatformRole.SUPER_ADMIN) <= 1) {
            throw new LicensingException(
                ErrorCode.CONFLICT, "the last active SUPER_ADMIN cannot be demoted");
          }
          accounts.updateRoles(userId, roles);
          audit.record(
              new Caller.AccountCaller(actor),
              AuditEntry.onAccount("user.roles_changed", userId)
                  .with("from", names(target.roles()))
                  .with("to", names(roles)),
              client);
          return accounts.findById(userId).orElseThrow();
        });
  }

  private static String names(Set<PlatformRole> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
  }
}
