package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.auth.RefreshToken;
import org.openlicensing.core.auth.RefreshTokenRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link RefreshTokenRepository} promises. */
public abstract class RefreshTokenRepositoryContract {
  private Persistence store;
  private RefreshTokenRepository tokens;
  private UUID accountId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    tokens = store.refreshTokens();
    accountId = new Seeds(store).account().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private RefreshToken token(UUID familyId, String hash) {
    return new RefreshToken(
        TestData.newId(),
        familyId,
        accountId,
        hash,
        TestData.NOW,
        TestData.NOW.plus(Duration.ofDays(30)),
        Optional.empty(),
        Optional.empty());
  }

  private RefreshToken stored(String hash) {
    return tx(() -> tokens.findByHash(hash)).orElseThrow();
  }

  @Test
  void storedTokenIsFoundByItsHashWithEveryField() {
    RefreshToken token = token(TestData.newId(), "hash-a");
    store.transactions().run(() -> tokens.insert(token));

    assertThat(tx(() -> tokens.findByHash("hash-a"))).contains(token);
    assertThat(tx(() -> tokens.findByHash("hash-b"))).isEmpty();
  }

  @Test
  void takenHashIsDuplicateKey() {
    store.transactions().run(() -> tokens.insert(token(TestData.newId(), "hash-a")));

    assertThatThrownBy(
            () -> store.transactions().run(() -> tokens.insert(token(TestData.newId(), "hash-a"))))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void tokenIsRotatedOnlyOnce() {
    RefreshToken token = token(TestData.newId(), "hash-a");
    store.transactions().run(() -> tokens.insert(token));

    assertThat(tx(() -> tokens.markRotated(token.id(), TestData.minutesLater(1)))).isTrue();
    assertThat(tx(() -> tokens.markRotated(token.id(), TestData.minutesLater(2)))).isFalse();

    assertThat(stored("hash-a").rotatedAt()).contains(TestData.minutesLater(1));
  }

  @Test
  void revokedTokenIsNotRotated() {
    RefreshToken token = token(TestData.newId(), "hash-a");
    store.transactions().run(() -> tokens.insert(token));
    store.transactions().run(() -> tokens.revokeFamily(token.familyId(), TestData.NOW));

    assertThat(tx(() -> tokens.markRotated(token.id(), TestData.minutesLater(1)))).isFalse();
    assertThat(stored("hash-a").rotatedAt()).isEmpty();
  }

  @Test
  void revokingAFamilyRevokesItsTokensOnly() {
    UUID family = TestData.newId();
    RefreshToken first = token(family, "hash-a");
    RefreshToken second = token(family, "hash-b");
    RefreshToken stranger = token(TestData.newId(), "hash-c");
    store
        .transactions()
        .run(
            () -> {
              tokens.insert(first);
              tokens.insert(second);
              tokens.insert(stranger);
            });

    store.transactions().run(() -> tokens.revokeFamily(family, TestData.minutesLater(5)));

    assertThat(stored("hash-a").revokedAt()).contains(TestData.minutesLater(5));
    assertThat(stored("hash-b").revokedAt()).contains(TestData.minutesLater(5));
    assertThat(stored("hash-c").revokedAt()).isEmpty();
  }

  @Test
  void revokingAgainKeepsTheFirstRevocationTime() {
    UUID family = TestData.newId();
    store.transactions().run(() -> tokens.insert(token(family, "hash-a")));
    store.transactions().run(() -> tokens.revokeFamily(family, TestData.minutesLater(1)));

    store.transactions().run(() -> tokens.revokeFamily(family, TestData.minutesLater(9)));

    assertThat(stored("hash-a").revokedAt()).contains(TestData.minutesLater(1));
  }
}
