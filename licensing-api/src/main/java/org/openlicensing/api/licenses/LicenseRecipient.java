package org.openlicensing.api.licenses;

import java.util.UUID;

/**
 * The member a license is handed to, named by account id or by e-mail address: exactly one of the
 * two, as the client sent it. The service checks it and names the field at fault.
 */
public record LicenseRecipient(UUID accountId, String email) {

  public static LicenseRecipient account(UUID accountId) {
    return new LicenseRecipient(accountId, null);
  }

  public static LicenseRecipient email(String email) {
    return new LicenseRecipient(null, email);
  }
}
