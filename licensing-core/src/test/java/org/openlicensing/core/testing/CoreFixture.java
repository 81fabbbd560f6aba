package org.openlicensing.core.testing;

import java.net.URI;
import java.util.UUID;
import java.util.function.Consumer;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.api.accounts.SignUpReceipt;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.core.Licensing;
import org.openlicensing.core.accounts.Argon2idPasswordHasher;
import org.openlicensing.core.accounts.PasswordHasher;
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

  /** Cheap parameters: these tests are about rules, not about hashing cost. */
  public static final PasswordHasher CHEAP_HASHER =
      new Argon2idPasswordHasher(new Argon2idPasswordHasher.Parameters(256, 1, 1), 2);

  public final Persistence store;
  public final MutableClock clock = new MutableClock(TestData.NOW);
  public final RecordingMailer mailer = new RecordingMailer();
  public final SandboxPaymentGateway gateway = new SandboxPaymentGateway();

  /** The payment service in Stripe mode; null in sandbox mode. */
  public final FakeBillingProvider provider;

  public final Licensing licensing;

  /** On the in-memory store. */
  public CoreFixture() {
    this(new InMemoryPersistence());
  }

  /** On any store, such as an empty database. */
  public CoreFixture(Persistence store) {
    this(store, CHEAP_HASHER);
  }

  /** On any store, with another password hasher, as after raising its parameters. */
  public CoreFixture(Persistence store, PasswordHasher hasher) {
    this(store, hasher, false);
  }

  private CoreFixture(Persistence store, PasswordHasher hasher, boolean providerMode) {
    this(store, hasher, providerMode, builder -> {});
  }

  /** On any store, with changes to the library's assembly, such as tighter limits. */
  public CoreFixture(Persistence store, Consumer<Licensing.Builder> customization) {
    this(store, CHEAP_HASHER, false, customization);
  }

  private CoreFixture(
      Persistence store,
      PasswordHasher hasher,
      boolean providerMode,
      Consumer<Licensing.Builder> customization) {
    this.store = store;
    this.provider = providerMode ? new FakeBillingProvider(clock) : null;
    Licensing.Builder builder =
        Licensing.builder()
            .persistence(store)
            .signingKeys(KEYS)
            .clock(clock)
            .mailer(mailer)
            .paymentGateway(gateway)
            .passwordHasher(hasher)
            .publicUrl(URI.create("https://licensing.example.test"));
    if (providerMode) {
      builder.billingProvider(provider);
    }
    customization.accept(builder);
    licensing = builder.build();
    licensing.seedDemoCatalog();
  }

  /** Stripe mode on any store: the subscriptions run at a fake payment service. */
  public static CoreFixture withProvider(Persistence store) {
    return new CoreFixture(store, CHEAP_HASHER, true);
  }

  /** Signs up a new account and delivers its e-mails; the account is not verified yet. */
  public SignUpReceipt signUp(String email) {
    SignUpReceipt receipt =
        licensing.accounts().signUp(new SignUp(email, PASSWORD, "Test User"), ClientInfo.UNKNOWN);
    deliverMail();
    return receipt;
  }

  public void deliverMail() {
    licensing.outboxRelay().deliverDue();
  }

  /** A new address, unique in this store. */
  public static String newEmail() {
    return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
  }

  /** Signs up and verifies an account; returns its address. */
  public String verifiedAccount() {
    String email = newEmail();
    signUp(email);
    licensing.accounts().verifyEmail(mailer.lastTokenTo(email), ClientInfo.UNKNOWN);
    return email;
  }

  /** Signs in and returns the principal of the new session's access token. */
  public Principal signIn(String email, String password) {
    return principalOf(licensing.auth().login(email, password, ClientInfo.UNKNOWN).accessToken());
  }

  /** A verified, signed-in account. */
  public Principal customer() {
    return signIn(verifiedAccount(), PASSWORD);
  }

  public Principal principalOf(String accessToken) {
    return ((Caller.AccountCaller) licensing.auth().authenticate(accessToken)).principal();
  }

  public static Caller caller(Principal principal) {
    return new Caller.AccountCaller(principal);
  }
}
