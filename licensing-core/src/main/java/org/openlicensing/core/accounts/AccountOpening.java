package org.openlicensing.core.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.organizations.Membership;
import org.openlicensing.api.organizations.Organization;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.organizations.OrganizationRepository;
import org.openlicensing.core.support.Ids;

/** Opens an account together with the personal organization it owns. */
public final class AccountOpening {
  private final AccountRepository accounts;
  private final OrganizationRepository organizations;
  private final Clock clock;

  public AccountOpening(
      AccountRepository accounts, OrganizationRepository organizations, Clock clock) {
    this.accounts = accounts;
    this.organizations = organizations;
    this.clock = clock;
  }

  /** Runs in the caller's transaction; a taken address is a DuplicateKeyException. */
  public Account open(
      EmailAddress email,
      String name,
      String passwordHash,
      AccountStatus status,
      Set<PlatformRole> roles) {
    Instant now = clock.instant();
    UUID organizationId = Ids.newId(clock);
    Account account =
        new Account(Ids.newId(clock), email.value(), name, status, roles, organizationId, now);
    organizations.insert(new Organization(organizationId, name, true, now));
    accounts.insert(account, passwordHash);
    organizations.addMember(
        new Membership(organizationId, account.id(), OrganizationRole.OWNER, now));
    return account;
  }
}
