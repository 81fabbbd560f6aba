package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.accounts.OneTimeToken;
import org.openlicensing.core.accounts.OneTimeTokenRepository;
import org.openlicensing.core.accounts.TokenPurpose;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link OneTimeTokenRepository} promises. */
public abstract class OneTimeTokenRepositoryContract {
  private Persistence store;
  private OneTimeTokenRepository tokens;
  private UUID accountId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    tokens = store.oneTimeTokens();
    accountId = new Seeds(store).account().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private OneTimeToken token(String hash) {
    return new OneTimeToken(
        TestData.newId(),
        accountId,
        TokenPurpose.VERIFY_EMAIL,
        hash,
        TestData.NOW,
        TestData.NOW.plus(Duration.ofHours(24)),
        Optional.empty());
  }

  @Test
  void storedTokenIsFoundByItsHashWithEveryField() {
    OneTimeToken token = token("hash-a");
    store.transactions().run(() -> tokens.insert(token));

    assertThat(tx(() -> tokens.findByHash(TokenPurpose.VERIFY_EMAIL, "hash-a"))).contains(token);
    assertThat(tx(() -> tokens.findByHash(TokenPurpose.VERIFY_EMAIL, "hash-b"))).isEmpty();
  }

  @Test
  void takenHashIsDuplicateKey() {
    store.transactions().run(() -> tokens.insert(token("hash-a")));

    assertThatThrownBy(() -> store.transactions().run(() -> tokens.insert(token("hash-a"))))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void tokenCanBeMarkedUsedOnlyOnce() {
    OneTimeToken token = token("hash-a");
    store.transactions().run(() -> tokens.insert(token));

    assertThat(tx(() -> tokens.markUsed(token.id(), TestData.minutesLater(1)))).isTrue();
    assertThat(tx(() -> tokens.markUsed(token.id(), TestData.minutesLater(2)))).isFalse();

    assertThat(tx(() -> tokens.findByHash(TokenPurpose.VERIFY_EMAIL, "hash-a")))
        .map(OneTimeToken::usedAt)
        .contains(Optional.of(TestData.minutesLater(1)));
  }

  @Test
  void unknownTokenIsNotMarkedUsed() {
    assertThat(tx(() -> tokens.markUsed(TestData.newId(), TestData.NOW))).isFalse();
  }
}
