package org.openlicensing.core.licenses;

import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.licenses.LicenseRecipient;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.organizations.OrganizationRepository;

/**
 * The member a license goes to, named by account id or by address. Only a member of the license's
 * organization may hold it; an address with no account and an account that is no member answer
 * alike, so that the answer tells an organization's admins nothing about other people.
 */
final class LicenseRecipients {
  static final String ACCOUNT_ID = "accountId";
  static final String EMAIL = "email";

  private final AccountRepository accounts;
  private final OrganizationRepository organizations;

  LicenseRecipients(AccountRepository accounts, OrganizationRepository organizations) {
    this.accounts = accounts;
    this.organizations = organizations;
  }

  /** Refuses a recipient that names nobody, or two ways; before any database work. */
  static void check(LicenseRecipient to) {
    if (to == null || (to.accountId() == null && to.email() == null)) {
      throw LicensingException.invalid(ACCOUNT_ID, "is required, or email");
    }
    if (to.accountId() != null && to.email() != null) {
      throw LicensingException.invalid(EMAIL, "give accountId or email, not both");
    }
    if (to.email() != null) {
      address(to.email());
    }
  }

  /** The member's account id; in the caller's transaction. */
  UUID memberOf(UUID organizationId, LicenseRecipient to) {
    check(to);
    String field = to.accountId() != null ? ACCOUNT_ID : EMAIL;
    Optional<UUID> account =
        to.accountId() != null
            ? Optional.of(to.accountId())
            : accounts.findByEmail(address(to.email())).map(Account::id);
    return account
        .filter(id -> organizations.findMember(organizationId, id).isPresent())
        .orElseThrow(
            () ->
                LicensingException.invalid(field, "is not a member of the license's organization"));
  }

  private static EmailAddress address(String email) {
    try {
      return EmailAddress.of(email);
    } catch (IllegalArgumentException e) {
      throw LicensingException.invalid(EMAIL, e.getMessage());
    }
  }
}
