package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.RateLimitedException;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.security.SecurityEvent;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;
import org.openlicensing.core.throttling.Limits;

/** Throttling that slows attackers down without locking owners out, and what it records. */
public abstract class ThrottlingContract {
  private static final ClientInfo FROM = new ClientInfo("192.0.2.10", "attacker", null);

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  private CoreFixture fixture;

  @BeforeEach
  void openStore() {
    fixture = new CoreFixture(persistence());
  }

  private Throwable wrongLogin(String email, ClientInfo client) {
    return catchThrowable(() -> fixture.licensing.auth().login(email, "wrong password!", client));
  }

  @Test
  void failedSignInsToOneAccountAreThrottledWithAWait() {
    String email = fixture.verifiedAccount();
    long allowed = Limits.DEFAULT.failedLoginsPerAccount().capacity();
    for (int i = 0; i < allowed; i++) {
      assertThat(
              ((LicensingException) wrongLogin(email, new ClientInfo("10.0.0." + i, null, null)))
                  .code())
          .isEqualTo(ErrorCode.INVALID_CREDENTIALS);
    }

    RateLimitedException limited =
        catchThrowableOfType(
            RateLimitedException.class,
            () -> fixture.licensing.auth().login(email, CoreFixture.PASSWORD, FROM));

    assertThat(limited.code()).isEqualTo(ErrorCode.RATE_LIMITED);
    assertThat(limited.retryAfter())
        .isPositive()
        .isLessThanOrEqualTo(Limits.DEFAULT.failedLoginsPerAccount().period());
  }

  @Test
  void theOwnerCanSignInAgainOnceTheBucketRefills() {
    String email = fixture.verifiedAccount();
    for (int i = 0; i < Limits.DEFAULT.failedLoginsPerAccount().capacity(); i++) {
      wrongLogin(email, new ClientInfo("10.0.0." + i, null, null));
    }

    fixture.clock.advance(Duration.ofMinutes(2));

    assertThat(fixture.licensing.auth().login(email, CoreFixture.PASSWORD, FROM).accessToken())
        .isNotBlank();
  }

  @Test
  void successfulSignInsDoNotUseTheFailureAllowance() {
    String email = fixture.verifiedAccount();
    for (int i = 0; i < Limits.DEFAULT.failedLoginsPerAccount().capacity() + 2; i++) {
      fixture
          .licensing
          .auth()
          .login(email, CoreFixture.PASSWORD, new ClientInfo("10.1.0." + i, null, null));
    }

    assertThat(((LicensingException) wrongLogin(email, FROM)).code())
        .isEqualTo(ErrorCode.INVALID_CREDENTIALS);
  }

  @Test
  void oneClientIsThrottledAcrossAccounts() {
    long allowed = Limits.DEFAULT.loginPerIp().capacity();
    for (int i = 0; i < allowed; i++) {
      wrongLogin("nobody-" + i + "@example.test", FROM);
    }

    assertThat(((LicensingException) wrongLogin("someone@example.test", FROM)).code())
        .isEqualTo(ErrorCode.RATE_LIMITED);
  }

  @Test
  void failedSignInsAreRecordedForMonitoring() {
    String email = fixture.verifiedAccount();
    wrongLogin(email, FROM);
    wrongLogin("nobody@example.test", FROM);

    var events =
        fixture
            .store
            .transactions()
            .inTransaction(() -> fixture.store.securityEvents().findRecent(null, 10));

    assertThat(events)
        .filteredOn(e -> e.type() == SecurityEventType.LOGIN_FAILED)
        .extracting(e -> e.email().orElse(null))
        .containsExactlyInAnyOrder(email, "nobody@example.test");
    assertThat(events)
        .filteredOn(e -> e.email().equals(Optional.of(email)))
        .extracting(SecurityEvent::accountId)
        .allSatisfy(id -> assertThat(id).isPresent());
  }

  @Test
  void resetRequestsForOneAddressAreThrottled() {
    String email = fixture.verifiedAccount();
    for (int i = 0; i < Limits.DEFAULT.resetRequestPerAccount().capacity(); i++) {
      fixture
          .licensing
          .passwords()
          .requestPasswordReset(email, new ClientInfo("10.2.0." + i, null, null));
    }

    assertThat(
            catchThrowableOfType(
                    RateLimitedException.class,
                    () -> fixture.licensing.passwords().requestPasswordReset(email, FROM))
                .code())
        .isEqualTo(ErrorCode.RATE_LIMITED);
  }

  @Test
  void refreshesOfOneAccountAreThrottledFromAnyAddress() {
    String email = fixture.verifiedAccount();
    var pair = fixture.licensing.auth().login(email, CoreFixture.PASSWORD, FROM);
    for (int i = 0; i < Limits.DEFAULT.refreshPerAccount().capacity(); i++) {
      pair =
          fixture
              .licensing
              .auth()
              .refresh(
                  pair.refreshToken(),
                  new ClientInfo("10.3." + (i / 250) + "." + (i % 250), null, null));
    }
    String last = pair.refreshToken();

    assertThat(
            catchThrowableOfType(
                    RateLimitedException.class,
                    () ->
                        fixture
                            .licensing
                            .auth()
                            .refresh(last, new ClientInfo("10.4.0.1", null, null)))
                .code())
        .isEqualTo(ErrorCode.RATE_LIMITED);
    fixture.clock.advance(Duration.ofSeconds(2));
    assertThat(fixture.licensing.auth().refresh(last, FROM).refreshToken()).isNotBlank();
  }

  @Test
  void reuseOfARefreshTokenIsRecorded() {
    String email = fixture.verifiedAccount();
    var pair = fixture.licensing.auth().login(email, CoreFixture.PASSWORD, FROM);
    fixture.licensing.auth().refresh(pair.refreshToken(), FROM);
    catchThrowable(() -> fixture.licensing.auth().refresh(pair.refreshToken(), FROM));

    var events =
        fixture
            .store
            .transactions()
            .inTransaction(() -> fixture.store.securityEvents().findRecent(null, 10));

    assertThat(events)
        .extracting(SecurityEvent::type)
        .contains(SecurityEventType.REFRESH_TOKEN_REUSED);
  }
}
