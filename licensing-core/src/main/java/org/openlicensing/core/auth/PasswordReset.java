package org.openlicensing.core.auth;

import java.time.Clock;
import java.util.Optional;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.accounts.OneTimeLinks;
import org.openlicensing.core.accounts.OneTimeToken;
import org.openlicensing.core.accounts.PasswordContext;
import org.openlicensing.core.accounts.TokenPurpose;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.persistence.Transactions;

/**
 * Resetting a forgotten password by e-mail: a single-use link, valid for an hour, stored hashed.
 * Only the newest link works. Following it sets the password, proves the address (a pending account
 * becomes active), and ends every session of the account.
 */
public final class PasswordReset {
  private final Transactions transactions;
  private final AccountRepository accounts;
  private final OneTimeLinks links;
  private final SessionRepository sessions;
  private final PasswordChange.Notices notices;
  private final Clock clock;

  public PasswordReset(
      Transactions transactions,
      AccountRepository accounts,
      OneTimeLinks links,
      SessionRepository sessions,
      PasswordChange.Notices notices,
      Clock clock) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.links = links;
    this.sessions = sessions;
    this.notices = notices;
    this.clock = clock;
  }

  /** Sends the link if the address has an account that may use it; silent otherwise. */
  public void sendLink(EmailAddress email) {
    transactions.run(
        () -> accounts.findByEmail(email).filter(PasswordReset::mayReset).ifPresent(this::send));
  }

  /** Sends the link to the account, for support staff acting for its owner. */
  public void sendLink(Account account) {
    if (!mayReset(account)) {
      throw LicensingException.invalid("status", "a " + account.status() + " account cannot reset");
    }
    transactions.run(() -> send(account));
  }

  private void send(Account account) {
    links.invalidate(account.id(), TokenPurpose.PASSWORD_RESET);
    String secret = links.issue(account.id(), TokenPurpose.PASSWORD_RESET, null);
    notices.mails().passwordReset(account.email(), account.name(), secret);
  }

  /**
   * The words of the link's account, which its new password must not contain; read without spending
   * the link. An unknown link gets the product's words only, and fails when spent.
   */
  public PasswordContext contextOf(String token) {
    return transactions
        .inTransaction(
            () ->
                links
                    .peek(TokenPurpose.PASSWORD_RESET, token)
                    .flatMap(t -> accounts.findById(t.accountId())))
        .map(account -> PasswordContext.of(account.email(), account.name()))
        .orElseGet(PasswordContext::productOnly);
  }

  public void reset(String token, String newHash, ClientInfo client) {
    Account account =
        transactions.inTransaction(
            () -> {
              OneTimeToken spent = links.spend(TokenPurpose.PASSWORD_RESET, token);
              Account found =
                  accounts
                      .findById(spent.accountId())
                      .filter(PasswordReset::mayReset)
                      .orElseThrow(() -> LicensingException.invalid("token", "is invalid"));
              accounts.updatePasswordHash(found.id(), newHash);
              if (found.status() == AccountStatus.PENDING_VERIFICATION) {
                accounts.updateStatus(found.id(), AccountStatus.ACTIVE);
              }
              sessions.revokeAllOfAccount(found.id(), clock.instant(), null);
              notices
                  .audit()
                  .record(null, AuditEntry.onAccount("account.password_reset", found.id()), client);
              notices.mails().passwordChanged(found.email(), found.name());
              return found;
            });
    notices.security().record(SecurityEventType.PASSWORD_RESET, account.id(), null, client);
  }

  private static boolean mayReset(Account account) {
    return account.status() == AccountStatus.ACTIVE
        || account.status() == AccountStatus.PENDING_VERIFICATION;
  }

  static Optional<EmailAddress> parse(String email) {
    try {
      return Optional.of(EmailAddress.of(email));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
