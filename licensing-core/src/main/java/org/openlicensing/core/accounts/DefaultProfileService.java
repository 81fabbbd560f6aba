package org.openlicensing.core.accounts;

import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountProfile;
import org.openlicensing.api.accounts.Profile;
import org.openlicensing.api.accounts.ProfileService;
import org.openlicensing.api.accounts.ProfileUpdate;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.FieldChecks;
import org.openlicensing.core.throttling.Throttle;

/** An account's own profile, preferences and address. */
public final class DefaultProfileService implements ProfileService {
  private final Transactions transactions;
  private final AccountRepository accounts;
  private final ProfileRepository profiles;
  private final EmailChange emailChange;
  private final Throttle throttle;

  public DefaultProfileService(
      Transactions transactions,
      AccountRepository accounts,
      ProfileRepository profiles,
      EmailChange emailChange,
      Throttle throttle) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.profiles = profiles;
    this.emailChange = emailChange;
    this.throttle = throttle;
  }

  @Override
  public AccountProfile me(UUID accountId) {
    return transactions.inTransaction(() -> load(accountId));
  }

  @Override
  public AccountProfile updateProfile(UUID accountId, ProfileUpdate update, ClientInfo client) {
    if (update == null) {
      throw LicensingException.invalid("body", "is required");
    }
    return transactions.inTransaction(
        () -> {
          AccountProfile current = load(accountId);
          FieldChecks checks = new FieldChecks();
          String name = current.account().name();
          if (update.name() != null) {
            name =
                checks.text("name", update.name().value(), DefaultAccountService.MAX_NAME_LENGTH);
          }
          Profile next = ProfileChecks.apply(current.profile(), update, checks);
          checks.throwIfAny();
          profiles.save(accountId, next);
          if (!name.equals(current.account().name())) {
            accounts.updateName(accountId, name);
          }
          return load(accountId);
        });
  }

  @Override
  public void requestEmailChange(
      Principal principal, String newEmail, String password, ClientInfo client) {
    throttle.perKey(throttle.limits().changePasswordPerAccount(), principal.accountId().toString());
    emailChange.request(principal, newEmail, password, client);
  }

  @Override
  public Account confirmEmailChange(String token, ClientInfo client) {
    throttle.perIp(throttle.limits().verifyPerIp(), client);
    return emailChange.confirm(token, client);
  }

  private AccountProfile load(UUID accountId) {
    Account account =
        accounts.findById(accountId).orElseThrow(() -> LicensingException.notFound("account"));
    return new AccountProfile(account, profiles.find(accountId).orElse(Profile.EMPTY));
  }
}
