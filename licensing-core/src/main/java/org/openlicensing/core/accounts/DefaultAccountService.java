package org.openlicensing.core.accounts;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.api.accounts.SignUpReceipt;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.core.mail.AccountMails;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.core.support.Ids;
import org.openlicensing.core.throttling.Throttle;

/**
 * Sign-up and e-mail verification. A sign-up with an address that has an account answers exactly
 * like one without (same shape, same work: the password is hashed either way), and the owner of the
 * address is told instead: sign-up reveals nothing about who has an account.
 */
public final class DefaultAccountService implements AccountService {
  static final int MAX_NAME_LENGTH = 200;

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final Onboarding onboarding;
  private final Throttle throttle;

  /** Opening an account and the links that prove its address. */
  public record Onboarding(
      AccountOpening opening,
      OneTimeLinks links,
      AccountMails mails,
      SignUpInvitations invitations,
      Clock clock) {}

  public DefaultAccountService(
      Transactions transactions,
      AccountRepository accounts,
      PasswordHasher hasher,
      Onboarding onboarding,
      Throttle throttle) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.hasher = hasher;
    this.onboarding = onboarding;
    this.throttle = throttle;
  }

  @Override
  public SignUpReceipt signUp(SignUp request, ClientInfo client) {
    FieldChecks checks = new FieldChecks();
    EmailAddress email = checks.parse("email", request.email(), EmailAddress::of);
    String problem =
        PasswordPolicy.problemWith(
            request.password(), PasswordContext.of(request.email(), request.name()));
    if (problem != null) {
      checks.reject("password", problem);
    }
    String name = checks.text("name", request.name(), MAX_NAME_LENGTH);
    checks.throwIfAny();
    throttle.perIp(throttle.limits().signUpPerIp(), client);
    // Checked before the address is looked up, so a bad token answers alike for taken addresses.
    String invitation =
        request.invitationToken() == null
            ? null
            : transactions.inTransaction(
                () -> onboarding.invitations().carry(request.invitationToken(), email));

    // Hash before the transaction, and for taken addresses too: the work is the same either way.
    String passwordHash = hasher.hash(request.password());
    try {
      return transactions.inTransaction(() -> open(email, name, passwordHash, invitation));
    } catch (DuplicateKeyException e) {
      // A concurrent sign-up took the address first: answer as for any taken address.
      return transactions.inTransaction(() -> open(email, name, passwordHash, invitation));
    }
  }

  private SignUpReceipt open(
      EmailAddress email, String name, String passwordHash, String invitation) {
    Optional<Account> existing = accounts.findByEmail(email);
    if (existing.isPresent()) {
      onboarding.mails().signUpAttempt(existing.get().email(), existing.get().name());
      // A time-ordered id like a real one: its kind must not tell the two answers apart.
      return new SignUpReceipt(
          Ids.newId(onboarding.clock()), email.value(), AccountStatus.PENDING_VERIFICATION);
    }
    Account account =
        onboarding
            .opening()
            .open(
                email,
                name,
                passwordHash,
                AccountStatus.PENDING_VERIFICATION,
                Set.of(PlatformRole.USER));
    sendVerification(account, invitation);
    return new SignUpReceipt(account.id(), account.email(), account.status());
  }

  /**
   * @param invitation what the link carries of an invitation to join once verified, or null
   */
  private void sendVerification(Account account, String invitation) {
    String secret = onboarding.links().issue(account.id(), TokenPurpose.VERIFY_EMAIL, invitation);
    onboarding.mails().verification(account.email(), account.name(), secret);
  }

  @Override
  public Account verifyEmail(String token, ClientInfo client) {
    throttle.perIp(throttle.limits().verifyPerIp(), client);
    return transactions.inTransaction(
        () -> {
          OneTimeToken spent = onboarding.links().spend(TokenPurpose.VERIFY_EMAIL, token);
          UUID accountId = spent.accountId();
          Account account = accounts.findById(accountId).orElseThrow();
          if (account.status() != AccountStatus.PENDING_VERIFICATION) {
            return account;
          }
          accounts.updateStatus(accountId, AccountStatus.ACTIVE);
          onboarding
              .invitations()
              .joinOnVerification(accountId, spent.payload().orElse(null), client);
          return account.withStatus(AccountStatus.ACTIVE);
        });
  }

  @Override
  public void resendVerification(String email, ClientInfo client) {
    if (email == null || email.isBlank() || email.length() > 254) {
      throw LicensingException.invalid("email", "is required");
    }
    throttle.perIp(throttle.limits().resendPerIp(), client);
    Optional<EmailAddress> address = parse(email);
    if (address.isEmpty()) {
      return;
    }
    throttle.perKey(throttle.limits().resendPerAccount(), address.get().value());
    transactions.run(
        () ->
            accounts
                .findByEmail(address.get())
                .filter(a -> a.status() == AccountStatus.PENDING_VERIFICATION)
                .ifPresent(this::resend));
  }

  /** For support staff: a new link to an account still waiting for one. */
  public void resendVerification(Account account) {
    if (account.status() != AccountStatus.PENDING_VERIFICATION) {
      throw LicensingException.invalid("status", "the account's address is verified already");
    }
    transactions.run(() -> resend(account));
  }

  private void resend(Account account) {
    onboarding.links().invalidate(account.id(), TokenPurpose.VERIFY_EMAIL);
    sendVerification(account, null);
  }

  @Override
  public Account get(UUID accountId) {
    return transactions
        .inTransaction(() -> accounts.findById(accountId))
        .filter(a -> a.status() != AccountStatus.ERASED)
        .orElseThrow(() -> LicensingException.notFound("account"));
  }

  private static Optional<EmailAddress> parse(String email) {
    try {
      return Optional.of(EmailAddress.of(email));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
