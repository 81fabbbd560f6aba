package org.openlicensing.core.accounts;

import java.util.UUID;
import org.openlicensing.api.auth.ClientInfo;

/**
 * What sign-up needs of invitations, so that someone invited without an account signs up with the
 * invitation's token and joins the organization as soon as the address is verified.
 */
public interface SignUpInvitations {

  /** For a library assembled without organizations: no token is ever valid. */
  SignUpInvitations NONE =
      new SignUpInvitations() {
        @Override
        public String carry(String token, EmailAddress email) {
          throw new IllegalStateException("invitations are not available");
        }

        @Override
        public void joinOnVerification(UUID accountId, String carried, ClientInfo client) {}
      };

  /**
   * Checks that the token is a pending invitation to this very address; TOKEN_INVALID otherwise.
   * Runs in the caller's transaction.
   *
   * @return what the verification link carries until the address is verified (no secret)
   */
  String carry(String token, EmailAddress email);

  /**
   * Joins the organization the carried invitation is for, in the verification's transaction. An
   * invitation that was revoked, renewed or accepted meanwhile is skipped: the account is verified
   * all the same, and can accept a newer invitation by its link.
   */
  void joinOnVerification(UUID accountId, String carried, ClientInfo client);
}
