package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.core.accounts.Argon2idPasswordHasher;
import org.openlicensing.core.accounts.EmailAddress;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** Changing, resetting and upgrading passwords. */
public abstract class PasswordContract {
  private static final String NEW_PASSWORD = "Another-long-passphrase-77";

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

  private TokenPair login(String email, String password) {
    return fixture.licensing.auth().login(email, password, ClientInfo.UNKNOWN);
  }

  private String resetLink(String email) {
    fixture.licensing.passwords().requestPasswordReset(email, ClientInfo.UNKNOWN);
    fixture.deliverMail();
    return fixture.mailer.lastTokenTo(email);
  }

  @Test
  void changingNeedsTheCurrentPassword() {
    String email = fixture.verifiedAccount();
    Principal me = fixture.signIn(email, CoreFixture.PASSWORD);

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .passwords()
                        .changePassword(me, "not-the-password", NEW_PASSWORD, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThat(login(email, CoreFixture.PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void changingEndsTheOtherSessionsButKeepsTheCallers() {
    String email = fixture.verifiedAccount();
    TokenPair phone = login(email, CoreFixture.PASSWORD);
    TokenPair laptop = login(email, CoreFixture.PASSWORD);
    Principal onLaptop = fixture.principalOf(laptop.accessToken());

    fixture
        .licensing
        .passwords()
        .changePassword(onLaptop, CoreFixture.PASSWORD, NEW_PASSWORD, ClientInfo.UNKNOWN);

    assertThat(codeOf(() -> fixture.principalOf(phone.accessToken())))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(
            codeOf(
                () -> fixture.licensing.auth().refresh(phone.refreshToken(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(fixture.principalOf(laptop.accessToken()).accountId())
        .isEqualTo(onLaptop.accountId());
    assertThat(login(email, NEW_PASSWORD).accessToken()).isNotBlank();
    assertThat(codeOf(() -> login(email, CoreFixture.PASSWORD)))
        .isEqualTo(ErrorCode.INVALID_CREDENTIALS);
  }

  @Test
  void changingToACommonPasswordIsRefusedNamingTheField() {
    Principal me = fixture.customer();

    LicensingException e =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .passwords()
                    .changePassword(me, CoreFixture.PASSWORD, "qwertyuiop", ClientInfo.UNKNOWN));

    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("newPassword");
  }

  @Test
  void theOwnerIsToldOfAChange() {
    String email = fixture.verifiedAccount();
    Principal me = fixture.signIn(email, CoreFixture.PASSWORD);

    fixture
        .licensing
        .passwords()
        .changePassword(me, CoreFixture.PASSWORD, NEW_PASSWORD, ClientInfo.UNKNOWN);
    fixture.deliverMail();

    assertThat(fixture.mailer.sentTo(email))
        .extracting(Email::subject)
        .contains("Your password was changed");
  }

  @Test
  void aResetLinkSetsThePasswordAndEndsEverySession() {
    String email = fixture.verifiedAccount();
    TokenPair before = login(email, CoreFixture.PASSWORD);

    fixture.licensing.passwords().resetPassword(resetLink(email), NEW_PASSWORD, ClientInfo.UNKNOWN);

    assertThat(codeOf(() -> fixture.principalOf(before.accessToken())))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(login(email, NEW_PASSWORD).accessToken()).isNotBlank();
  }

  @Test
  void aResetLinkWorksOnce() {
    String email = fixture.verifiedAccount();
    String link = resetLink(email);
    fixture.licensing.passwords().resetPassword(link, NEW_PASSWORD, ClientInfo.UNKNOWN);

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .passwords()
                        .resetPassword(link, "Yet-another-passphrase-9", ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void aResetLinkExpiresAfterOneHour() {
    String email = fixture.verifiedAccount();
    String link = resetLink(email);

    fixture.clock.advance(Duration.ofHours(1).plusSeconds(1));

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .passwords()
                        .resetPassword(link, NEW_PASSWORD, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
  }

  @Test
  void onlyTheNewestResetLinkWorks() {
    String email = fixture.verifiedAccount();
    String older = resetLink(email);
    String newer = resetLink(email);

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .passwords()
                        .resetPassword(older, NEW_PASSWORD, ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.TOKEN_INVALID);
    fixture.licensing.passwords().resetPassword(newer, NEW_PASSWORD, ClientInfo.UNKNOWN);
  }

  @Test
  void aRefusedNewPasswordDoesNotSpendTheLink() {
    String email = fixture.verifiedAccount();
    String link = resetLink(email);

    assertThat(
            codeOf(
                () ->
                    fixture.licensing.passwords().resetPassword(link, "short", ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.VALIDATION_FAILED);
    fixture.licensing.passwords().resetPassword(link, NEW_PASSWORD, ClientInfo.UNKNOWN);
  }

  @Test
  void askingForAResetForAnUnknownAddressSendsNothingAndAnswersAlike() {
    int before = fixture.mailer.sent().size();

    fixture.licensing.passwords().requestPasswordReset("nobody@example.test", ClientInfo.UNKNOWN);
    fixture.licensing.passwords().requestPasswordReset("not an address", ClientInfo.UNKNOWN);
    fixture.deliverMail();

    assertThat(fixture.mailer.sent()).hasSize(before);
  }

  @Test
  void aResetProvesTheAddressOfAPendingAccount() {
    String email = CoreFixture.newEmail();
    fixture.signUp(email);

    fixture.licensing.passwords().resetPassword(resetLink(email), NEW_PASSWORD, ClientInfo.UNKNOWN);

    assertThat(fixture.signIn(email, NEW_PASSWORD).accountId()).isNotNull();
    assertThat(
            fixture
                .licensing
                .accounts()
                .get(fixture.signIn(email, NEW_PASSWORD).accountId())
                .status())
        .isEqualTo(AccountStatus.ACTIVE);
  }

  @Test
  void aHashMadeWithWeakerParametersIsUpgradedAtSignIn() {
    String email = fixture.verifiedAccount();
    Argon2idPasswordHasher stronger =
        new Argon2idPasswordHasher(new Argon2idPasswordHasher.Parameters(512, 2, 1), 2);
    CoreFixture upgraded = new CoreFixture(fixture.store, stronger);

    upgraded.signIn(email, CoreFixture.PASSWORD);

    String stored =
        fixture
            .store
            .transactions()
            .inTransaction(() -> fixture.store.accounts().findCredentials(EmailAddress.of(email)))
            .orElseThrow()
            .passwordHash();
    assertThat(stored).contains("m=512,t=2,p=1");
    assertThat(stronger.needsRehash(stored)).isFalse();
  }
}
