package org.openlicensing.core.accounts;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountService;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;

/** Sign-up and e-mail verification. */
public final class DefaultAccountService implements AccountService {
  static final int MAX_NAME_LENGTH = 200;

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final AccountOpening opening;
  private final EmailVerification verification;

  public DefaultAccountService(
      Transactions transactions,
      AccountRepository accounts,
      PasswordHasher hasher,
      AccountOpening opening,
      EmailVerification verification) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.hasher = hasher;
    this.opening = opening;
    this.verification = verification;
  }

  @Override
  public Account signUp(SignUp request) {
    FieldChecks checks = new FieldChecks();
    EmailAddress email = checks.parse("email", request.email(), EmailAddress::of);
    String problem = PasswordPolicy.problemWith(request.password());
    if (problem != null) {
      checks.reject("password", problem);
    }
    String name = checks.text("name", request.name(), MAX_NAME_LENGTH);
    checks.throwIfAny();

    // Hash before the transaction: it takes a tenth of a second and needs no database.
    String passwordHash = hasher.hash(request.password());
    try {
      return transactions.inTransaction(
          () -> {
            if (accounts.findByEmail(email).isPresent()) {
              throw emailTaken();
            }
            Account account =
                opening.open(
                    email,
                    name,
                    passwordHash,
                    AccountStatus.PENDING_VERIFICATION,
                    Set.of(PlatformRole.USER));
            verification.send(account);
            return account;
          });
    } catch (DuplicateKeyException e) {
      throw emailTaken();
    }
  }

  @Override
  public Account verifyEmail(String token) {
    if (token == null || token.isBlank() || token.length() > 256) {
      throw LicensingException.invalid("token", "is required");
    }
    return transactions.inTransaction(
        () -> {
          UUID accountId = verification.spend(token.strip());
          Account account = accounts.findById(accountId).orElseThrow();
          if (account.status() != AccountStatus.PENDING_VERIFICATION) {
            return account;
          }
          accounts.updateStatus(accountId, AccountStatus.ACTIVE);
          return account.withStatus(AccountStatus.ACTIVE);
        });
  }

  @Override
  public Account get(UUID accountId) {
    return transactions
        .inTransaction(() -> accounts.findById(accountId))
        .filter(a -> a.status() != AccountStatus.ERASED)
        .orElseThrow(() -> LicensingException.notFound("account"));
  }

  private static LicensingException emailTaken() {
    return new LicensingException(
        ErrorCode.CONFLICT,
        "an account with this e-mail address exists already",
        List.of(new FieldError("email", "is taken by another account")));
  }
}
