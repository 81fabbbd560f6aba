package org.openlicensing.core.accounts;

import java.util.List;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.audit.AuditEntry;
import org.openlicensing.core.audit.AuditLog;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;

/**
 * Moving an account to a new address: the password proves the owner, a link sent to the new address
 * proves it is theirs, and the old address is told. An address taken by another account gets no
 * link, and the answer is the same, so that the change reveals nothing about it.
 */
public final class EmailChange {
  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final DefaultAccountService.Onboarding onboarding;
  private final AuditLog audit;

  public EmailChange(
      Transactions transactions,
      AccountRepository accounts,
      PasswordHasher hasher,
      DefaultAccountService.Onboarding onboarding,
      AuditLog audit) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.hasher = hasher;
    this.onboarding = onboarding;
    this.audit = audit;
  }

  public void request(Principal principal, String newEmail, String password, ClientInfo client) {
    FieldChecks checks = new FieldChecks();
    EmailAddress address = checks.parse("email", newEmail, EmailAddress::of);
    checks.required("password", password);
    checks.throwIfAny();
    Account account = accounts(principal);
    if (address.value().equals(account.email())) {
      throw LicensingException.invalid("email", "is the account's address already");
    }
    String hash =
        transactions
            .inTransaction(() -> accounts.findCredentials(EmailAddress.of(account.email())))
            .orElseThrow()
            .passwordHash();
    if (password.length() > 1024 || !hasher.verify(password, hash)) {
      throw new LicensingException(
          ErrorCode.INVALID_CREDENTIALS,
          "password: is wrong",
          List.of(new FieldError("password", "is wrong")));
    }
    transactions.run(
        () -> {
          onboarding.mails().emailChangeRequested(account.email(), account.name(), address.value());
          if (accounts.findByEmail(address).isEmpty()) {
            onboarding.links().invalidate(account.id(), TokenPurpose.CHANGE_EMAIL);
            String secret =
                onboarding.links().issue(account.id(), TokenPurpose.CHANGE_EMAIL, address.value());
            onboarding.mails().emailChangeConfirmation(address.value(), account.name(), secret);
          }
          audit.record(
              new Caller.AccountCaller(principal),
              AuditEntry.onAccount("account.email_change_requested", account.id()),
              client);
        });
  }

  public Account confirm(String token, ClientInfo client) {
    try {
      return transactions.inTransaction(
          () -> {
            var spent = onboarding.links().spend(TokenPurpose.CHANGE_EMAIL, token);
            EmailAddress address = EmailAddress.of(spent.payload().orElseThrow());
            Account account = accounts.findById(spent.accountId()).orElseThrow();
            accounts.updateEmail(account.id(), address);
            audit.record(
                null,
                AuditEntry.onAccount("account.email_changed", account.id())
                    .with("from", account.email())
                    .with("to", address.value()),
                client);
            return accounts.findById(account.id()).orElseThrow();
          });
    } catch (DuplicateKeyException e) {
      throw new LicensingException(
          ErrorCode.CONFLICT, "the address was taken by another account in the meantime");
    }
  }

  private Account accounts(Principal principal) {
    return transactions
        .inTransaction(() -> accounts.findById(principal.accountId()))
        .orElseThrow(() -> LicensingException.notFound("account"));
  }
}
