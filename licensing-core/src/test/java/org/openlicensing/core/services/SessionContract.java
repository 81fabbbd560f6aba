package org.openlicensing.core.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.auth.Session;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.core.persistence.Persistence;
import org.openlicensing.core.testing.CoreFixture;

/** Sessions: listed, revoked, ended by logout; roles read fresh on every check. */
public abstract class SessionContract {
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
    return fixture
        .licensing
        .auth()
        .login(email, CoreFixture.PASSWORD, new ClientInfo("203.0.113.7", "curl/8", "r1"));
  }

  @Test
  void anAccountListsItsLiveSessionsMarkingTheCurrentOne() {
    String email = fixture.verifiedAccount();
    login(email);
    TokenPair mine = login(email);
    Principal me = fixture.principalOf(mine.accessToken());

    List<Session> sessions = fixture.licensing.sessions().sessions(me);

    assertThat(sessions).hasSize(2);
    assertThat(sessions)
        .filteredOn(Session::current)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.id()).isEqualTo(me.sessionId());
              assertThat(s.ipAddress()).contains("203.0.113.7");
              assertThat(s.userAgent()).contains("curl/8");
            });
  }

  @Test
  void revokingASessionEndsItsAccessAndRefreshTokens() {
    String email = fixture.verifiedAccount();
    TokenPair phone = login(email);
    Principal me = fixture.principalOf(login(email).accessToken());
    UUID phoneSession = fixture.principalOf(phone.accessToken()).sessionId();

    fixture.licensing.sessions().revoke(me, phoneSession, ClientInfo.UNKNOWN);

    assertThat(codeOf(() -> fixture.principalOf(phone.accessToken())))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(
            codeOf(
                () -> fixture.licensing.auth().refresh(phone.refreshToken(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(fixture.licensing.sessions().sessions(me)).hasSize(1);
  }

  @Test
  void anotherAccountsSessionIsNotFound() {
    Principal ada = fixture.customer();
    Principal mallory = fixture.customer();

    assertThat(
            codeOf(
                () ->
                    fixture
                        .licensing
                        .sessions()
                        .revoke(mallory, ada.sessionId(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(
            fixture
                .principalOf(
                    fixture
                        .licensing
                        .auth()
                        .refresh(
                            login(fixture.licensing.accounts().get(ada.accountId()).email())
                                .refreshToken(),
                            ClientInfo.UNKNOWN)
                        .accessToken())
                .accountId())
        .isEqualTo(ada.accountId());
  }

  @Test
  void logoutEndsTheSessionAtOnce() {
    String email = fixture.verifiedAccount();
    TokenPair pair = login(email);

    fixture.licensing.auth().logout(fixture.principalOf(pair.accessToken()));

    assertThat(codeOf(() -> fixture.principalOf(pair.accessToken())))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
    assertThat(
            codeOf(() -> fixture.licensing.auth().refresh(pair.refreshToken(), ClientInfo.UNKNOWN)))
        .isEqualTo(ErrorCode.UNAUTHENTICATED);
  }

  @Test
  void aRoleGrantedCountsAtOnceForTokensIssuedBefore() {
    String email = fixture.verifiedAccount();
    TokenPair pair = login(email);
    UUID id = fixture.principalOf(pair.accessToken()).accountId();

    fixture
        .store
        .transactions()
        .run(
            () ->
                fixture
                    .store
                    .accounts()
                    .updateRoles(id, Set.of(PlatformRole.USER, PlatformRole.ADMIN)));

    assertThat(fixture.principalOf(pair.accessToken()).roles()).contains(PlatformRole.ADMIN);
  }

  @Test
  void aRefreshedTokenStaysInItsSession() {
    String email = fixture.verifiedAccount();
    TokenPair pair = login(email);
    UUID session = fixture.principalOf(pair.accessToken()).sessionId();

    TokenPair next = fixture.licensing.auth().refresh(pair.refreshToken(), ClientInfo.UNKNOWN);

    assertThat(fixture.principalOf(next.accessToken()).sessionId()).isEqualTo(session);
  }
}
