package org.openlicensing.api.accounts;

import java.util.UUID;

/** Opening accounts and proving that their owners hold their e-mail addresses. */
public interface AccountService {

  /**
   * Opens an account in {@link AccountStatus#PENDING_VERIFICATION}, with its personal organization,
   * and sends the verification e-mail.
   */
  Account signUp(SignUp request);

  /** Spends a verification token from the e-mail; the account becomes ACTIVE. */
  Account verifyEmail(String token);

  /** The account, for its owner. */
  Account get(UUID accountId);
}
