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
    Account account = fixture.signUp("Ada@Example.test");

    assertThat(account.status()).isEqualTo(AccountStatus.PENDING_VERIFICATION);
    assertThat(account.email()).isEqualTo("ada@example.test");
    fixture
        .store
        .transactions()
        .run(
            () -> {
              assertThat(fixture.store.organizations().findById(account.personalOrganizationId()))
                  .hasValueSatisfying(org -> assertThat(org.personal()).isTrue());
              assertThat(
                      fixture
                          .store
                          .organizations()
                          .roleOf(account.personalOrganizationId(), account.id()))
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

    assertThat(fixture.licensing.accounts().verifyEmail(token).status())
        .isEqualTo(AccountStatus.ACTIVE);
    assertThat(codeOf(() -> fixture.licensing.accounts().verifyEmail(token)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void theTokenExpiresAfter24Hours() {
    fixture.signUp("ada@example.test");
    String token = fixture.mailer.lastTokenTo("ada@example.test");

    fixture.clock.advance(Duration.ofHours(24).plusSeconds(1));

    assertThat(codeOf(() -> fixture.licensing.accounts().verifyEmail(token)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void theTokenStillWorksJustBefore24Hours() {
    fixture.signUp("ada@example.test");
    String token = fixture.mailer.lastTokenTo("ada@example.test");

    fixture.clock.advance(Duration.ofHours(24).minusSeconds(1));

    assertThat(fixture.licensing.accounts().verifyEmail(token).status())
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
    assertThat(codeOf(() -> fixture.licensing.accounts().verifyEmail("made-up")))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void anAddressTakenInAnyCaseIsAConflict() {
    fixture.signUp("ada@example.test");

    assertThat(codeOf(() -> fixture.signUp("ADA@example.TEST"))).isEqualTo(ErrorCode.CONFLICT);
  }

  @Test
  void everyFieldAtFaultIsNamed() {
    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () -> fixture.licensing.accounts().signUp(new SignUp("nope", "short", " ")));

    assertThat(e.fieldErrors())
        .extracting(FieldError::field)
        .containsExactly("email", "password", "name");
    assertThat(fixture.mailer.sent()).isEmpty();
  }
}
