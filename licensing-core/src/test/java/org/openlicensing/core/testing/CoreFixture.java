package org.openlicensing.core.testing;

import java.net.URI;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.Licensing;
import org.openlicensing.core.accounts.Argon2idPasswordHasher;
import org.openlicensing.core.billing.SandboxPaymentGateway;
import org.openlicensing.core.keys.KeyGeneration;
import org.openlicensing.core.keys.SigningKeys;
import org.openlicensing.core.persistence.Persistence;

/**
 * The whole library on in-memory ports, a movable clock, a recording mailer and the sandbox
 * gateway: for testing the core's rules through its service interfaces.
 */
public final class CoreFixture {
  public static final String PASSWORD = "A-long-enough-passphrase-42";
  private static final SigningKeys KEYS = KeyGeneration.newSigningKeys();

  public final Persistence store;
  public final MutableClock clock = new MutableClock(TestData.NOW);
  public final RecordingMailer mailer = new RecordingMailer();
  public final SandboxPaymentGateway gateway = new SandboxPaymentGateway();
  public final Licensing licensing;

  /** On the in-memory store. */
  public CoreFixture() {
    this(new InMemoryPersistence());
  }

  /** On any store, such as an empty database. */
  public CoreFixture(Persistence store) {
    this.store = store;
    licensing =
        Licensing.builder()
            .persistence(store)
            .signingKeys(KEYS)
            .clock(clock)
            .mailer(mailer)
            .paymentGateway(gateway)
            // Cheap parameters: these tests are about rules, not about hashing cost.
            .passwordHasher(
                new Argon2idPasswordHasher(new Argon2idPasswordHasher.Parameters(256, 1, 1), 2))
            .publicUrl(URI.create("https://licensing.example.test"))
            .build();
    licensing.seedDemoCatalog();
  }

  /** Signs up a new account and delivers its e-mails; the account is not verified yet. */
  public Account signUp(String email) {
    Account account = licensing.accounts().signUp(new SignUp(email, PASSWORD, "Test User"));
    licensing.outboxRelay().deliverDue();
    return account;
  }

  /** A verified, signed-in account. */
  public Principal customer() {
    String email = "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    signUp(email);
    licensing.accounts().verifyEmail(mailer.lastTokenTo(email));
    String token = licensing.auth().login(email, PASSWORD, ClientInfo.UNKNOWN).accessToken();
    return licensing.auth().authenticate(token);
  }
}
