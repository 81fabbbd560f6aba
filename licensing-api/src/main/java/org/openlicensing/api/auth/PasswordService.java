package org.openlicensing.api.auth;

/** Changing and resetting passwords. */
public interface PasswordService {

  /**
   * Sets a new password after checking the current one. Every other session of the account ends;
   * the caller's stays.
   */
  void changePassword(
      Principal principal, String currentPassword, String newPassword, ClientInfo client);

  /**
   * Sends a reset link, valid for one hour, when an account has this address. Answers the same
   * whether or not one does, so that it reveals nothing.
   */
  void requestPasswordReset(String email, ClientInfo client);

  /** Spends a reset link: sets the password and ends every session of the account. */
  void resetPassword(String token, String newPassword, ClientInfo client);
}
