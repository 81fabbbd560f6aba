package org.openlicensing.api.accounts;

import java.util.UUID;
import org.openlicensing.api.auth.ClientInfo;

/** Opening accounts and proving that their owners hold their e-mail addresses. */
public interface AccountService {

  /**
   * Opens an account in {@link AccountStatus#PENDING_VERIFICATION}, with its personal organization,
   * and sends the verification e-mail. A taken address answers alike.
   */
  SignUpReceipt signUp(SignUp request, ClientInfo client);

  /** Spends a verification token from the e-mail; the account becomes ACTIVE. */
  Account verifyEmail(String token, ClientInfo client);

  /**
   * Sends a new verification link to an account still waiting for one; older links stop working.
   * Answers the same for every address.
   */
  void resendVerification(String email, ClientInfo client);

  /** The account, for its owner. */
  Account get(UUID accountId);
}
