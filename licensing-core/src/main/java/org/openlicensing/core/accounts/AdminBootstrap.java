package org.openlicensing.core.accounts;

import java.util.Optional;
import java.util.Set;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Transactions;
import org.openlicensing.core.support.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Makes sure a fresh installation has a super admin to sign in with. */
public final class AdminBootstrap {
  private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

  private final Transactions transactions;
  private final AccountRepository accounts;
  private final AccountOpening opening;
  private final PasswordHasher hasher;

  public AdminBootstrap(
      Transactions transactions,
      AccountRepository accounts,
      AccountOpening opening,
      PasswordHasher hasher) {
    this.transactions = transactions;
    this.accounts = accounts;
    this.opening = opening;
    this.hasher = hasher;
  }

  /** What the bootstrap did: nothing, or created an admin, with a password made up if so. */
  public record Outcome(boolean created, String email, Optional<String> generatedPassword) {}

  /**
   * Creates the super admin unless one exists. Without a password, one is generated and returned so
   * that the caller can show it once; it is stored only as its hash.
   */
  public Outcome ensureSuperAdmin(String email, String password) {
    if (transactions.inTransaction(() -> accounts.existsWithRole(PlatformRole.SUPER_ADMIN))) {
      return new Outcome(false, email, Optional.empty());
    }
    EmailAddress address = EmailAddress.of(email);
    Optional<String> generated =
        password == null || password.isEmpty()
            ? Optional.of(Secrets.newSecret().substring(0, 24))
            : Optional.empty();
    String chosen = generated.orElse(password);
    String problem = PasswordPolicy.problemWith(chosen, PasswordContext.of(email, null));
    if (problem != null) {
      throw new IllegalArgumentException("the admin password " + problem);
    }
    String hash = hasher.hash(chosen);
    try {
      transactions.run(
          () -> {
            if (accounts.existsWithRole(PlatformRole.SUPER_ADMIN)) {
              return;
            }
            if (accounts.findByEmail(address).isPresent()) {
              throw new IllegalStateException(
                  "an account with the admin e-mail " + address + " exists but is no super admin");
            }
            opening.open(
                address,
                "Administrator",
                hash,
                AccountStatus.ACTIVE,
                Set.of(PlatformRole.USER, PlatformRole.SUPER_ADMIN));
          });
    } catch (DuplicateKeyException e) {
      LOG.info("Another server created the super admin first");
      return new Outcome(false, email, Optional.empty());
    }
    return new Outcome(true, address.value(), generated);
  }
}
