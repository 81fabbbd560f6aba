package org.openlicensing.core.auth;

import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.PasswordService;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.throttling.Throttle;

/** Changing and resetting passwords, throttled. */
public final class DefaultPasswordService implements PasswordService {
  private final PasswordChange change;
  private final PasswordReset reset;
  private final NewPasswords newPasswords;
  private final Throttle throttle;

  public DefaultPasswordService(
      PasswordChange change, PasswordReset reset, NewPasswords newPasswords, Throttle throttle) {
    this.change = change;
    this.reset = reset;
    this.newPasswords = newPasswords;
    this.throttle = throttle;
  }

  @Override
  public void changePassword(
      Principal principal, String currentPassword, String newPassword, ClientInfo client) {
    throttle.perKey(throttle.limits().changePasswordPerAccount(), principal.accountId().toString());
    if (currentPassword == null || currentPassword.isEmpty() || currentPassword.length() > 1024) {
      throw LicensingException.invalid("currentPassword", "is required");
    }
    change.change(
        principal,
        currentPassword,
        newPasswords.hash("newPassword", newPassword, change.contextOf(principal)),
        client);
  }

  @Override
  public void requestPasswordReset(String email, ClientInfo client) {
    if (email == null || email.isBlank() || email.length() > 254) {
      throw LicensingException.invalid("email", "is required");
    }
    throttle.perIp(throttle.limits().resetRequestPerIp(), client);
    var address = PasswordReset.parse(email);
    if (address.isEmpty()) {
      // Malformed: no account can have it. Answer as for any other address.
      return;
    }
    throttle.perKey(throttle.limits().resetRequestPerAccount(), address.get().value());
    reset.sendLink(address.get());
  }

  @Override
  public void resetPassword(String token, String newPassword, ClientInfo client) {
    throttle.perIp(throttle.limits().resetConfirmPerIp(), client);
    if (token == null || token.isBlank() || token.length() > 256) {
      throw LicensingException.invalid("token", "is required");
    }
    // Checked before the token is spent, so that a refused password does not burn the link.
    reset.reset(token, newPasswords.hash("password", newPassword, reset.contextOf(token)), client);
  }
}
