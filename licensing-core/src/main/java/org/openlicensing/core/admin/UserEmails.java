package org.openlicensing.core.admin;

import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.accounts.DefaultAccountService;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.auth.PasswordReset;
import org.openlicensing.core.persistence.Transactions;

/** E-mails support staff send for an account's owner: a new verification link, a reset link. */
final class UserEmails {
  private final Transactions transactions;
  private final UserSupportActions actions;
  private final DefaultAccountService accountService;
  private final PasswordReset passwordReset;

  UserEmails(
      Transactions transactions,
      UserSupportActions actions,
      DefaultAccountService accountService,
      PasswordReset passwordReset) {
    this.transactions = transactions;
    this.actions = actions;
    this.accountService = accountService;
    this.passwordReset = passwordReset;
  }

  void resendVerification(Principal actor, UUID userId, ClientInfo client) {
    transactions.run(
        () -> {
          Account target = actions.target(actor, userId);
          accountService.resendVerification(target);
          actions.record(actor, AuditEntry.onAccount("user.verification_resent", userId), client);
        });
  }

  void sendPasswordReset(Principal actor, UUID userId, ClientInfo client) {
    transactions.run(
        () -> {
          Account target = actions.target(actor, userId);
          passwordReset.sendLink(target);
          actions.record(actor, AuditEntry.onAccount("user.password_reset_sent", userId), client);
        });
  }
}
