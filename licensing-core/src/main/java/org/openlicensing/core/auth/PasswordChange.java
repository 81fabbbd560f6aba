package org.openlicensing.core.auth;

import java.time.Clock;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.accounts.AccountCredentials;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.accounts.PasswordContext;
import org.openlicensing.core.accounts.PasswordHasher;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.mail.AccountMails;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.security.SecurityLog;

/**
 * A signed-in account changes its password: the current one must be right; every other session
 * ends, the owner is told by e-mail, and the change is audited.
 */
public final class PasswordChange {
  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final SessionRepository sessions;
  private final Notices notices;
  private final Clock clock;

  /** Who is told of a password change: the audit log, security monitoring and the owner. */
  public record Notices(AuditLog audit, SecurityLog security, AccountMails mails) {}

  public PasswordChange(
      Transactions transactions,
      AccountRepository accounts,
      PasswordHasher hasher,
      SessionRepository sessions,
      Notices notices,
      Clock clock) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.hasher = hasher;
    this.sessions = sessions;
    this.notices = notices;
    this.clock = clock;
  }

  /** The words of the account's address and name, which its new password must not contain. */
  public PasswordContext contextOf(Principal principal) {
    return transactions
        .inTransaction(() -> accounts.findById(principal.accountId()))
        .map(account -> PasswordContext.of(account.email(), account.name()))
        .orElseGet(PasswordContext::productOnly);
  }

  public void change(
      Principal principal, String currentPassword, String newHash, ClientInfo client) {
    Account account =
        transactions
            .inTransaction(() -> accounts.findById(principal.accountId()))
            .orElseThrow(PasswordLogin::invalidCredentials);
    AccountCredentials credentials =
        transactions
            .inTransaction(() -> accounts.findCredentials(EmailAddress.of(account.email())))
            .orElseThrow(PasswordLogin::invalidCredentials);
    if (currentPassword == null || !hasher.verify(currentPassword, credentials.passwordHash())) {
      notices
          .security()
          .record(SecurityEventType.LOGIN_FAILED, account.id(), account.email(), client);
      throw PasswordLogin.invalidCredentials();
    }
    transactions.run(
        () -> {
          accounts.updatePasswordHash(account.id(), newHash);
          sessions.revokeAllOfAccount(account.id(), clock.instant(), principal.sessionId());
          notices
              .audit()
              .record(
                  new Caller.AccountCaller(principal),
                  AuditEntry.onAccount("account.password_changed", account.id()),
                  client);
          notices.mails().passwordChanged(account.email(), account.name());
        });
    notices.security().record(SecurityEventType.PASSWORD_CHANGED, account.id(), null, client);
  }
}
