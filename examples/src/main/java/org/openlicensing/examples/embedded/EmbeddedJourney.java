package org.openlicensing.examples.embedded;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.api.billing.NewSubscription;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.licenses.ActivationGrant;
import org.openlicensing.api.licenses.ActivationRequest;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.api.licenses.ValidationResult;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokenVerifier;
import org.openlicensing.core.Licensing;
import org.openlicensing.core.keys.FileSigningKeyStore;
import org.openlicensing.persistence.DataSources;
import org.openlicensing.persistence.JpaPersistence;

/**
 * The library embedded in an application, in-process and without HTTP: the application owns its H2
 * {@code DataSource}, builds {@link Licensing} on it, and walks the journey through the service
 * interfaces of licensing-api.
 *
 * <p>Run: {@code mvn -pl examples exec:java} is not needed; {@code java -cp ... EmbeddedJourney
 * /tmp/licensing-demo} runs it on a directory of your choice.
 */
public final class EmbeddedJourney {

  /** What the walk produced, for the reader and the test. */
  public record Outcome(
      Account account,
      Subscription subscription,
      int licenses,
      ActivationGrant activation,
      ValidationResult validation,
      LicenseTokenClaims offlineClaims) {}

  private EmbeddedJourney() {}

  public static void main(String[] args) throws Exception {
    Path directory =
        args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("licensing-embedded-");
    Outcome outcome = run(directory);
    System.out.println(
        "Account       " + outcome.account().email() + " " + outcome.account().status());
    System.out.println(
        "Subscription  " + outcome.subscription().plan() + " x" + outcome.subscription().seats());
    System.out.println("Licenses      " + outcome.licenses());
    System.out.println("Activation    " + outcome.activation().activation().id());
    System.out.println("Validation    " + outcome.validation().code());
    System.out.println("Offline token valid until " + outcome.offlineClaims().expiresAt());
  }

  public static Outcome run(Path directory) throws Exception {
    try (HikariDataSource dataSource =
            DataSources.create(DataSources.embeddedH2Url(directory), "sa", "");
        JpaPersistence persistence = JpaPersistence.start(dataSource)) {
      CapturingMailer mailer = new CapturingMailer();
      Licensing licensing =
          Licensing.builder()
              .persistence(persistence)
              .signingKeys(new FileSigningKeyStore(directory.resolve("keys")).loadOrCreate())
              .mailer(mailer)
              .publicUrl(URI.create("https://licensing.example.com"))
              .build();
      licensing.seedDemoCatalog();

      // 1. Sign up, and follow the link of the verification e-mail.
      String email = "ada@example.com";
      licensing
          .accounts()
          .signUp(new SignUp(email, "A-long-enough-passphrase-42", "Ada"), ClientInfo.UNKNOWN);
      licensing.outboxRelay().deliverDue();
      Account account =
          licensing.accounts().verifyEmail(mailer.verificationTokenFor(email), ClientInfo.UNKNOWN);

      // 2. Sign in; the access token names the account.
      TokenPair tokens =
          licensing.auth().login(email, "A-long-enough-passphrase-42", ClientInfo.UNKNOWN);
      Caller me = licensing.auth().authenticate(tokens.accessToken());

      // 3. Buy two seats of Pro with the sandbox's test card.
      Subscription subscription =
          licensing
              .subscriptions()
              .subscribe(
                  me,
                  new NewSubscription(null, "pro", 2, BillingPeriod.MONTHLY, "pm_card_visa"),
                  null);
      var licenses = licensing.licenses().visibleTo(me, null, 10).items();
      LicenseView first = licenses.get(0);

      // 4. A device activates, validates, and verifies its token offline.
      ActivationGrant activation =
          licensing
              .activations()
              .activate(
                  new ActivationRequest(
                      first.license().key(), "laptop-7f3a", "Ada's laptop", "linux"));
      ValidationResult validation =
          licensing.activations().validate(first.license().key(), "laptop-7f3a");
      LicenseTokenClaims claims =
          LicenseTokenVerifier.builder(licensing.publicKeys(), licensing.issuer())
              .build()
              .verify(activation.token(), "laptop-7f3a");
      return new Outcome(account, subscription, licenses.size(), activation, validation, claims);
    }
  }
}
