package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.SignUp;
import org.openlicensing.api.accounts.SignUpReceipt;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.organizations.OrganizationRole;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.accounts.TokenPurpose;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** The rules of the service, on whatever store {@link #persistence()} gives. */
public abstract class SignUpAndVerificationContract {
  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
  }

  private ErrorCode codeOf(Runnable action) {
    return catchThrowableOfType(LicensingException.class, action::run).code();
  }

  @Test
  void signUpOpensAPendingAccountOwningAPersonalOrganization() {
    SignUpReceipt account = fixture.signUp("Ada@Example.test");

    assertThat(account.status()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
    assertThat(account.email()).isEqualTo("ada@example.test");
    Account stored = fixture.licensing.accounts().get(account.id());
    fixture
        .store
        .transactions()
        .run(
            () -> {
              assertThat(fixture.store.organizations().findById(stored.personalOrganizationId()))
                  .hasValueSatisfying(org -> assertThat(org.personal()).isTrue());
              assertThat(
                      fixture
                          .store
                          .organizations()
                          .roleOf(stored.personalOrganizationId(), account.id()))
                  .contains(OrganizationRole.OWNER);
            });
  }

  @Test
  void thePasswordIsStoredAsAnArgon2idHashOnly() {
    fixture.signUp("ada@example.test");

    String hash =
        fixture
            .store
            .transactions()
            .inTransaction(
                () -> fixture.store.accounts().findCredentials(EmailAddress.of("ada@example.test")))
            .orElseThrow()
            .passwordHash();
    assertThat(hash).startsWith("$argon2id$").doesNotContain(CoreFixture.PASSWORD);
  }

  @Test
  void theVerificationEmailLinksToThePublicUrlWithAToken() {
    fixture.signUp("ada@example.test");

    Email email = fixture.mailer.sentTo("ada@example.test").get(0);
    assertThat(email.text()).contains("https://licensing.example.test/verify-email?token=");
    assertThat(email.html())
        .hasValueSatisfying(html -> assertThat(html).contains("verify-email?token="));
  }

  @Test
  void theTokenActivatesTheAccountOnce() {
    fixture.signUp("ada@example.test");
    String token = fixture.mailer.lastTokenTo("ada@example.test");

    assertThat(fixture.licensing.accounts().verifyEmail(token, ClientInfo.UNKNOWN).status())
        .isEqualTo(AccountStatus.ACTIVE);
    assertThat(codeOf(() -> fixture.licensing.accounts().verifyEmail(token, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void theTokenExpiresAfter24Hours() {
    fixture.signUp("ada@example.test");
    String token = fixture.mailer.lastTokenTo("ada@example.test");

    fixture.clock.advance(Duration.ofHours(24).plusSeconds(1));

    assertThat(codeOf(() -> fixture.licensing.accounts().verifyEmail(token, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void theTokenStillWorksJustBefore24Hours() {
    fixture.signUp("ada@example.test");
    String token = fixture.mailer.lastTokenTo("ada@example.test");

    fixture.clock.advance(Duration.ofHours(24).minusSeconds(1));

    assertThat(fixture.licensing.accounts().verifyEmail(token, ClientInfo.UNKNOWN).status())
        .isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void theTokenIsStoredOnlyAsItsHash() {
    fixture.signUp("ada@example.test");
    String token = fixture.mailer.lastTokenTo("ada@example.test");

    assertThat(
            fixture
                .store
                .transactions()
                .inTransaction(
                    () ->
                        fixture.store.oneTimeTokens().findByHash(TokenPurpose.VERIFY_EMAIL, token)))
        .isEmpty();
  }

  @Test
  void anUnknownTokenIsInvalid() {
    assertThat(
            codeOf(() -> fixture.licensing.accounts().verifyEmail("made-up", ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void anAddressTakenInAnyCaseAnswersLikeAFreshOneAndOpensNoSecondAccount() {
    SignUpReceipt first = fixture.signUp("ada@example.test");

    SignUpReceipt again = fixture.signUp("ADA@example.TEST");

    assertThat(again.email()).isEqualTo(first.email());
    assertThat(again.status()).isEqualTo(first.status());
    assertThat(again.id()).isNotEqualTo(first.id());
    assertThat(fixture.mailer.sentTo("ada@example.test"))
        .extracting(Email::subject)
        .containsExactly(
            "Confirm your e-mail address", "Someone tried to sign up with your e-mail address");
  }

  @Test
  void theNoticeToTheOwnerCarriesNoVerificationLink() {
    fixture.signUp("ada@example.test");
    String firstToken = fixture.mailer.lastTokenTo("ada@example.test");
    fixture.signUp("ada@example.test");

    assertThat(fixture.mailer.lastTokenTo("ada@example.test")).isEqualTo(firstToken);
  }

  @Test
  void aResentLinkWorksAndTheOlderOneNoLonger() {
    fixture.signUp("ada@example.test");
    String older = fixture.mailer.lastTokenTo("ada@example.test");

    fixture.licensing.accounts().resendVerification("ada@example.test", ClientInfo.UNKNOWN);
    fixture.deliverMail();
    String newer = fixture.mailer.lastTokenTo("ada@example.test");

    assertThat(newer).isNotEqualTo(older);
    assertThat(codeOf(() -> fixture.licensing.accounts().verifyEmail(older, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
    assertThat(fixture.licensing.accounts().verifyEmail(newer, ClientInfo.UNKNOWN).status())
        .isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void resendingToAnUnknownOrVerifiedAddressSendsNothingAndAnswersAlike() {
    String verified = fixture.verifiedAccount();
    int before = fixture.mailer.sent().size();

    fixture.licensing.accounts().resendVerification("nobody@example.test", ClientInfo.UNKNOWN);
    fixture.licensing.accounts().resendVerification(verified, ClientInfo.UNKNOWN);
    fixture.deliverMail();

    assertThat(fixture.mailer.sent()).hasSize(before);
  }

  @Test
  void aPasswordWithTheAccountsOwnNameIsRefused() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .accounts()
                    .signUp(
                        new SignUp("grace@example.test", "Grace-Hopper-1906", "Grace Hopper"),
                        ClientInfo.UNKNOWN));

    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("password");
    assertThat(e.fieldErrors().get(0).message()).contains("must not contain");
  }

  @Test
  void aCommonPasswordIsRefused() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .accounts()
                    .signUp(
                        new SignUp("ada@example.test", "Password1", "Ada"), ClientInfo.UNKNOWN));

    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("password");
    assertThat(e.fieldErrors().get(0).message()).contains("common");
  }

  @Test
  void everyFieldAtFaultIsNamed() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .accounts()
                    .signUp(new SignUp("nope", "short", " "), ClientInfo.UNKNOWN));

    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("email", "password", "name");
    assertThat(fixture.mailer.sent()).isEmpty();
  }
}
