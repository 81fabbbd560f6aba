package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.auth.SessionGrant;
import org.openlicensing.core.auth.SessionRecord;
import org.openlicensing.core.auth.SessionRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link SessionRepository} promises. */
public abstract class SessionRepositoryContract {
  private static final Instant EXPIRY = TestData.NOW.plus(Duration.ofDays(90));

  private Persistence store;
  private SessionRepository sessions;
  private Seeds seeds;
  private Account account;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    sessions = store.sessions();
    seeds = new Seeds(store);
    account = seeds.account();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private SessionRecord opened(UUID accountId, Instant createdAt, Instant expiresAt) {
    SessionRecord session =
        new SessionRecord(
            TestData.newId(),
            accountId,
            createdAt,
            createdAt,
            expiresAt,
            Optional.of("203.0.113.7"),
            Optional.of("Mozilla/5.0 (X11; Linux x86_64)"),
            Optional.empty());
    store.transactions().run(() -> sessions.insert(session));
    return session;
  }

  private SessionRecord opened() {
    return opened(account.id(), TestData.NOW, EXPIRY);
  }

  private SessionRecord stored(UUID id) {
    return tx(() -> sessions.findById(id)).orElseThrow();
  }

  @Test
  void storedSessionIsFoundByIdWithEveryField() {
    SessionRecord session = opened();

    assertThat(tx(() -> sessions.findById(session.id()))).contains(session);
    assertThat(tx(() -> sessions.findById(TestData.newId()))).isEmpty();
  }

  @Test
  void sessionWithoutAddressOrUserAgentRoundTrips() {
    SessionRecord session =
        new SessionRecord(
            TestData.newId(),
            account.id(),
            TestData.NOW,
            TestData.NOW,
            EXPIRY,
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    store.transactions().run(() -> sessions.insert(session));

    assertThat(stored(session.id())).isEqualTo(session);
  }

  @Test
  void userAgentOfAnyLengthIsKept() {
    String longAgent = "Agent/1.0 " + "x".repeat(5_000);
    SessionRecord session =
        new SessionRecord(
            TestData.newId(),
            account.id(),
            TestData.NOW,
            TestData.NOW,
            EXPIRY,
            Optional.of("2001:db8:85a3:8d3:1319:8a2e:370:7348"),
            Optional.of(longAgent),
            Optional.empty());
    store.transactions().run(() -> sessions.insert(session));

    assertThat(stored(session.id()).userAgent()).contains(longAgent);
  }

  @Test
  void takenIdIsDuplicateKey() {
    SessionRecord session = opened();

    assertThatThrownBy(() -> store.transactions().run(() -> sessions.insert(session)))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void liveSessionsAreTheAccountsUnrevokedUnexpiredOnesNewestFirst() {
    SessionRecord older = opened(account.id(), TestData.minutesLater(1), EXPIRY);
    SessionRecord newer = opened(account.id(), TestData.minutesLater(2), EXPIRY);
    SessionRecord revoked = opened(account.id(), TestData.minutesLater(3), EXPIRY);
    opened(account.id(), TestData.NOW, TestData.minutesLater(10));
    opened(seeds.account().id(), TestData.minutesLater(4), EXPIRY);
    store.transactions().run(() -> sessions.revoke(revoked.id(), TestData.minutesLater(5)));

    assertThat(tx(() -> sessions.findLiveByAccount(account.id(), TestData.minutesLater(10))))
        .containsExactly(newer, older);
  }

  @Test
  void sessionIsNoLongerLiveAtTheInstantItExpires() {
    SessionRecord session = opened(account.id(), TestData.NOW, TestData.minutesLater(10));

    assertThat(tx(() -> sessions.findLiveByAccount(account.id(), TestData.minutesLater(9))))
        .containsExactly(session);
    assertThat(tx(() -> sessions.findLiveByAccount(account.id(), TestData.minutesLater(10))))
        .isEmpty();
    assertThat(tx(() -> sessions.authorize(session.id(), TestData.minutesLater(10)))).isEmpty();
  }

  @Test
  void liveSessionIsAuthorizedWithItsAccountsStatusAndRoles() {
    SessionRecord session = opened();

    assertThat(tx(() -> sessions.authorize(session.id(), TestData.minutesLater(1))))
        .contains(new SessionGrant(session.id(), account.id(), account.status(), account.roles()));
  }

  @Test
  void authorizationSeesTheAccountAsItIsNow() {
    SessionRecord session = opened();
    store
        .transactions()
        .run(
            () -> {
              store.accounts().updateStatus(account.id(), AccountStatus.DISABLED);
              store
                  .accounts()
                  .updateRoles(account.id(), Set.of(PlatformRole.USER, PlatformRole.ADMIN));
            });

    assertThat(tx(() -> sessions.authorize(session.id(), TestData.minutesLater(1))))
        .contains(
            new SessionGrant(
                session.id(),
                account.id(),
                AccountStatus.DISABLED,
                Set.of(PlatformRole.USER, PlatformRole.ADMIN)));
  }

  @Test
  void accountWithoutRolesIsAuthorizedWithNone() {
    SessionRecord session = opened();
    store.transactions().run(() -> store.accounts().updateRoles(account.id(), Set.of()));

    assertThat(tx(() -> sessions.authorize(session.id(), TestData.minutesLater(1))))
        .map(SessionGrant::roles)
        .contains(Set.of());
  }

  @Test
  void revokedOrUnknownSessionIsNotAuthorized() {
    SessionRecord session = opened();
    store.transactions().run(() -> sessions.revoke(session.id(), TestData.minutesLater(1)));

    assertThat(tx(() -> sessions.authorize(session.id(), TestData.minutesLater(2)))).isEmpty();
    assertThat(tx(() -> sessions.authorize(TestData.newId(), TestData.minutesLater(2)))).isEmpty();
  }

  @Test
  void touchRecordsWhenAndFromWhereTheSessionWasLastUsed() {
    SessionRecord session = opened();

    store
        .transactions()
        .run(
            () ->
                sessions.touch(
                    session.id(), TestData.minutesLater(30), "198.51.100.4", "curl/8.5.0"));

    SessionRecord touched = stored(session.id());
    assertThat(touched.lastUsedAt()).isEqualTo(TestData.minutesLater(30));
    assertThat(touched.ipAddress()).contains("198.51.100.4");
    assertThat(touched.userAgent()).contains("curl/8.5.0");
    assertThat(touched.createdAt()).isEqualTo(session.createdAt());
    assertThat(touched.expiresAt()).isEqualTo(session.expiresAt());
  }

  @Test
  void touchWithoutAddressOrUserAgentKeepsTheOnesRecorded() {
    SessionRecord session = opened();

    store
        .transactions()
        .run(() -> sessions.touch(session.id(), TestData.minutesLater(30), null, null));

    SessionRecord touched = stored(session.id());
    assertThat(touched.lastUsedAt()).isEqualTo(TestData.minutesLater(30));
    assertThat(touched.ipAddress()).isEqualTo(session.ipAddress());
    assertThat(touched.userAgent()).isEqualTo(session.userAgent());
  }

  @Test
  void sessionIsRevokedOnlyOnceAndKeepsTheFirstTime() {
    SessionRecord session = opened();

    assertThat(tx(() -> sessions.revoke(session.id(), TestData.minutesLater(1)))).isTrue();
    assertThat(tx(() -> sessions.revoke(session.id(), TestData.minutesLater(2)))).isFalse();

    assertThat(stored(session.id()).revokedAt()).contains(TestData.minutesLater(1));
  }

  @Test
  void unknownSessionIsNotRevoked() {
    assertThat(tx(() -> sessions.revoke(TestData.newId(), TestData.NOW))).isFalse();
  }

  @Test
  void revokingAllOfAnAccountRevokesItsLiveSessionsButTheOneKept() {
    SessionRecord first = opened();
    SessionRecord second = opened();
    SessionRecord kept = opened();
    SessionRecord stranger = opened(seeds.account().id(), TestData.NOW, EXPIRY);
    Instant now = TestData.minutesLater(5);

    int revoked = tx(() -> sessions.revokeAllOfAccount(account.id(), now, kept.id()));

    assertThat(revoked).isEqualTo(2);
    assertThat(stored(first.id()).revokedAt()).contains(now);
    assertThat(stored(second.id()).revokedAt()).contains(now);
    assertThat(stored(kept.id()).revokedAt()).isEmpty();
    assertThat(stored(stranger.id()).revokedAt()).isEmpty();
  }

  @Test
  void revokingAllWithoutOneToKeepRevokesEveryLiveSession() {
    opened();
    opened();

    int revoked =
        tx(() -> sessions.revokeAllOfAccount(account.id(), TestData.minutesLater(5), null));

    assertThat(revoked).isEqualTo(2);
    assertThat(tx(() -> sessions.findLiveByAccount(account.id(), TestData.minutesLater(5))))
        .isEmpty();
  }

  @Test
  void revokingAllLeavesSessionsThatEndedAsTheyEnded() {
    SessionRecord revokedBefore = opened();
    SessionRecord expired = opened(account.id(), TestData.NOW, TestData.minutesLater(1));
    store.transactions().run(() -> sessions.revoke(revokedBefore.id(), TestData.minutesLater(2)));

    int revoked =
        tx(() -> sessions.revokeAllOfAccount(account.id(), TestData.minutesLater(5), null));

    assertThat(revoked).isZero();
    assertThat(stored(revokedBefore.id()).revokedAt()).contains(TestData.minutesLater(2));
    assertThat(stored(expired.id()).revokedAt()).isEmpty();
  }
}
