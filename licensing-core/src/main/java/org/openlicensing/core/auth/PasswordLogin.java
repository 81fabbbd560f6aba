package org.openlicensing.core.auth;

import java.util.Locale;
import java.util.Optional;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.accounts.AccountCredentials;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.accounts.PasswordHasher;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.security.SecurityLog;
import org.openlicensing.core.throttling.Throttle;

/**
 * Checks an e-mail address and password. Failures are throttled per address (the owner is slowed,
 * never locked out for good) and recorded for security monitoring; an unknown address costs the
 * same hashing time as a known one.
 */
public final class PasswordLogin {
  private static final int MAX_PASSWORD_LENGTH = 1024;

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final PasswordHasher hasher;
  private final Throttle throttle;
  private final SecurityLog security;
  private volatile String decoyHash;

  public PasswordLogin(
      Transactions transactions,
      AccountRepository accounts,
      PasswordHasher hasher,
      Throttle throttle,
      SecurityLog security) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.hasher = hasher;
    this.throttle = throttle;
    this.security = security;
  }

  /** The account, once the password is right and the account may sign in. */
  public Account authenticate(String email, String password, ClientInfo client) {
    if (email == null || email.isBlank() || email.length() > 254) {
      throw LicensingException.invalid("email", "is required");
    }
    if (password == null || password.isEmpty() || password.length() > MAX_PASSWORD_LENGTH) {
      throw LicensingException.invalid("password", "is required");
    }
    String key = normalized(email);
    try {
      throttle.requireCapacity(throttle.limits().failedLoginsPerAccount(), key);
    } catch (LicensingException throttled) {
      security.record(SecurityEventType.LOGIN_THROTTLED, null, key, client);
      throw throttled;
    }
    Optional<AccountCredentials> found = findCredentials(email);
    boolean matches;
    if (found.isPresent()) {
      matches = hasher.verify(password, found.get().passwordHash());
    } else {
      // Spend the same time as for a real account, so that timing reveals nothing.
      hasher.verify(password, decoyHash());
      matches = false;
    }
    if (!matches) {
      throttle.record(throttle.limits().failedLoginsPerAccount(), key);
      security.record(
          SecurityEventType.LOGIN_FAILED,
          found.map(c -> c.account().id()).orElse(null),
          key,
          client);
      throw invalidCredentials();
    }
    AccountCredentials credentials = found.get();
    requireMaySignIn(credentials.account());
    if (hasher.needsRehash(credentials.passwordHash())) {
      String upgraded = hasher.hash(password);
      transactions.run(() -> accounts.updatePasswordHash(credentials.account().id(), upgraded));
    }
    return credentials.account();
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

  private static String normalized(String email) {
    try {
      return EmailAddress.of(email).value();
    } catch (IllegalArgumentException e) {
      return email.strip().toLowerCase(Locale.ROOT);
    }
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

  private String decoyHash() {
    String hash = decoyHash;
    if (hash == null) {
      hash = hasher.hash("decoy password for addresses without an account");
      decoyHash = hash;
    }
    return hash;
  }

  static LicensingException invalidCredentials() {
    return new LicensingException(
        ErrorCode.INVALID_CREDENTIALS, "the e-mail address or the password is wrong");
  }
}
