package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.SignUpReceipt;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.core.auth.SessionTokens;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** The rules of the service, on whatever store {@link #persistence()} gives. */
public abstract class SignInContract {
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

  private TokenPair login(String email) {
    return fixture.licensing.auth().login(email, CoreFixture.PASSWORD, ClientInfo.UNKNOWN);
  }

  private TokenPair verifiedLogin(String email) {
    fixture.signUp(email);
    fixture.licensing.accounts().verifyEmail(fixture.mailer.lastTokenTo(email), ClientInfo.UNKNOWN);
    return login(email);
  }

  @Test
  void anUnverifiedAccountCannotSignInEvenWithTheRightPassword() {
    fixture.signUp("ada@example.test");

    assertThat(codeOf(() -> login("ada@example.test"))).isEqualTo(ErrorCode.EMAIL_NOT_VERIFIED);
  }

  @Test
  void aWrongPasswordAndAnUnknownAccountFailAlike() {
    verifiedLogin("ada@example.test");

    LicensingException wrong =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .auth()
                    .login("ada@example.test", "wrong password!", ClientInfo.UNKNOWN));
    LicensingException unknown =
        catchThrowableOfType(
            LicensingException.class,
            () ->
                fixture
                    .licensing
                    .auth()
                    .login("bob@example.test", "wrong password!", ClientInfo.UNKNOWN));

    assertThat(wrong.code()).isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    assertThat(unknown.code()).isEqualTo(wrong.code());
    assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
  }

  @Test
  void signInIsCaseInsensitiveInTheAddress() {
    verifiedLogin("ada@example.test");

    assertThat(login("ADA@Example.Test").accessToken()).isNotBlank();
  }

  @Test
  void theAccessTokenNamesTheAccount() {
    SignUpReceipt ada = fixture.signUp("ada@example.test");
    fixture
        .licensing
        .accounts()
        .verifyEmail(fixture.mailer.lastTokenTo("ada@example.test"), ClientInfo.UNKNOWN);
    TokenPair pair = login("ada@example.test");

    assertThat(fixture.principalOf(pair.accessToken()).accountId()).isEqualTo(ada.id());
    assertThat(pair.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void anAccessTokenStopsWorkingAfterFifteenMinutes() {
    TokenPair pair = verifiedLogin("ada@example.test");

    fixture.clock.advance(Duration.ofMinutes(17));

    assertThat(codeOf(() -> fixture.licensing.auth().authenticate(pair.accessToken())))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void aRefreshTokenRotatesAndItsReuseRevokesTheWholeFamily() {
    TokenPair first = verifiedLogin("ada@example.test");
    TokenPair second = fixture.licensing.auth().refresh(first.refreshToken(), ClientInfo.UNKNOWN);

    assertThat(
            codeOf(
                () -> fixture.licensing.auth().refresh(first.refreshToken(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(
            codeOf(
                () -> fixture.licensing.auth().refresh(second.refreshToken(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void anotherSignInIsAnotherFamilyAndSurvivesTheRevocation() {
    TokenPair phone = verifiedLogin("ada@example.test");
    TokenPair laptop = login("ada@example.test");
    fixture.licensing.auth().refresh(phone.refreshToken(), ClientInfo.UNKNOWN);
    codeOf(() -> fixture.licensing.auth().refresh(phone.refreshToken(), ClientInfo.UNKNOWN));

    assertThat(
            fixture
                .licensing
                .auth()
                .refresh(laptop.refreshToken(), ClientInfo.UNKNOWN)
                .refreshToken())
        .isNotBlank();
  }

  @Test
  void aRefreshTokenExpiresAfterThirtyDays() {
    TokenPair pair = verifiedLogin("ada@example.test");

    fixture.clock.advance(SessionTokens.REFRESH_TOKEN_LIFETIME.plusSeconds(1));

    assertThat(
            codeOf(() -> fixture.licensing.auth().refresh(pair.refreshToken(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void theFirstSuperAdminIsCreatedOnceWithAGeneratedPasswordThatWorks() {
    var first = fixture.licensing.ensureSuperAdmin("root@example.test", null);
    var second = fixture.licensing.ensureSuperAdmin("root@example.test", null);

    assertThat(first.created()).isTrue();
    assertThat(second.created()).isFalse();
    String password = first.generatedPassword().orElseThrow();
    assertThat(
            fixture
                .licensing
                .auth()
                .login("root@example.test", password, ClientInfo.UNKNOWN)
                .accessToken())
        .isNotBlank();
  }
}
