package org.openlicensing.core.auth;

import java.util.Optional;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.auth.AuthService;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.core.accounts.AccountCredentials;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.accounts.PasswordHasher;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;

/** Sign-in with e-mail and password, refresh-token rotation, and access-token checks. */
public final class DefaultAuthService implements AuthService {
  private static final int MAX_PASSWORD_LENGTH = 1024;

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final AccessTokens accessTokens;
  private final RefreshTokens refreshTokens;
  private volatile String decoyHash;

  public DefaultAuthService(
      Transactions transactions,
      AccountRepository accounts,
      PasswordHasher hasher,
      AccessTokens accessTokens,
      RefreshTokens refreshTokens) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.hasher = hasher;
    this.accessTokens = accessTokens;
    this.refreshTokens = refreshTokens;
  }

  @Override
  public TokenPair login(String email, String password, ClientInfo client) {
    FieldChecks checks = new FieldChecks();
    checks.text("email", email, 254);
    checks.required("password", password);
    if (password != null && password.length() > MAX_PASSWORD_LENGTH) {
      checks.reject("password", "must be at most " + MAX_PASSWORD_LENGTH + " characters");
    }
    checks.throwIfAny();

    Optional<AccountCredentials> found = findCredentials(email);
    if (found.isEmpty()) {
      // Spend the same time as for a real account, so that timing does not reveal which exist.
      hasher.verify(password, decoyHash());
      throw invalidCredentials();
    }
    AccountCredentials credentials = found.get();
    if (!hasher.verify(password, credentials.passwordHash())) {
      throw invalidCredentials();
    }
    Account account = credentials.account();
    requireMaySignIn(account);
    if (hasher.needsRehash(credentials.passwordHash())) {
      String upgraded = hasher.hash(password);
      transactions.run(() -> accounts.updatePasswordHash(account.id(), upgraded));
    }
    String refresh = transactions.inTransaction(() -> refreshTokens.startFamily(account.id()));
    return new TokenPair(accessTokens.issue(account), refresh, AccessTokens.LIFETIME);
  }

  private Optional<AccountCredentials> findCredentials(String email) {
    EmailAddress address;
    try {
      address = EmailAddress.of(email);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return transactions.inTransaction(() -> accounts.findCredentials(address));
  }

  private static void requireMaySignIn(Account account) {
    switch (account.status()) {
      case ACTIVE -> {}
      case PENDING_VERIFICATION ->
          throw new LicensingException(
              ErrorCode.EMAIL_NOT_VERIFIED, "verify the e-mail address with the link we sent");
      case DISABLED ->
          throw new LicensingException(ErrorCode.ACCOUNT_DISABLED, "the account is disabled");
      case ERASED -> throw invalidCredentials();
    }
  }

  @Override
  public TokenPair refresh(String refreshToken, ClientInfo client) {
    if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 256) {
      throw LicensingException.invalid("refresh_token", "is required");
    }
    // A refused rotation may have revoked a family; that must commit, so the refusal is thrown
    // only after the transaction.
    RefreshTokens.Rotation rotation =
        transactions.inTransaction(() -> refreshTokens.rotate(refreshToken));
    if (!rotation.accepted()) {
      throw RefreshTokens.Rotation.refusal();
    }
    Account account =
        transactions
            .inTransaction(() -> accounts.findById(rotation.accountId()))
            .filter(a -> a.status() == AccountStatus.ACTIVE)
            .orElseThrow(RefreshTokens.Rotation::refusal);
    return new TokenPair(accessTokens.issue(account), rotation.successor(), AccessTokens.LIFETIME);
  }

  @Override
  public Principal authenticate(String accessToken) {
    if (accessToken == null || accessToken.isBlank()) {
      throw new LicensingException(ErrorCode.UNAUTHENTICATED, "an access token is required");
    }
    return accessTokens.verify(accessToken);
  }

  private String decoyHash() {
    String hash = decoyHash;
    if (hash == null) {
      hash = hasher.hash("decoy password for accounts that do not exist");
      decoyHash = hash;
    }
    return hash;
  }

  private static LicensingException invalidCredentials() {
    return new LicensingException(
        ErrorCode.INVALID_CREDENTIALS, "the e-mail address or the password is wrong");
  }
}
