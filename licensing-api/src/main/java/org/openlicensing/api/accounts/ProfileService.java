package org.openlicensing.api.accounts;

import java.util.UUID;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;

/** An account's own profile, preferences and e-mail address. */
public interface ProfileService {

  AccountProfile me(UUID accountId);

  /** Applies a partial update; every field at fault is named, and nothing is written then. */
  AccountProfile updateProfile(UUID accountId, ProfileUpdate update, ClientInfo client);

  /**
   * Starts a change of address: checks the password, then sends a confirmation link to the new
   * address and a notice to the old one. The address changes only when the link is followed.
   */
  void requestEmailChange(Principal principal, String newEmail, String password, ClientInfo client);

  /** Spends a confirmation link; the account's address becomes the new one. */
  Account confirmEmailChange(String token, ClientInfo client);
}
