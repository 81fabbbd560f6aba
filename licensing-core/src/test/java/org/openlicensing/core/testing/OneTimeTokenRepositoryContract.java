package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
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
    return token(accountId, TokenPurpose.VERIFY_EMAIL, hash);
  }

  private static OneTimeToken token(UUID accountId, TokenPurpose purpose, String hash) {
    return new OneTimeToken(
        TestData.newId(),
        accountId,
        purpose,
        hash,
        TestData.NOW,
        TestData.NOW.plus(purpose.lifetime()),
        Optional.empty(),
        Optional.empty());
  }

  private Optional<Instant> usedAt(TokenPurpose purpose, String hash) {
    return tx(() -> tokens.findByHash(purpose, hash)).orElseThrow().usedAt();
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

  @Test
  void payloadIsKeptWithTheToken() {
    OneTimeToken token =
        new OneTimeToken(
            TestData.newId(),
            accountId,
            TokenPurpose.CHANGE_EMAIL,
            "hash-a",
            TestData.NOW,
            TestData.NOW.plus(TokenPurpose.CHANGE_EMAIL.lifetime()),
            Optional.empty(),
            Optional.of("new.address@example.com"));
    store.transactions().run(() -> tokens.insert(token));

    assertThat(tx(() -> tokens.findByHash(TokenPurpose.CHANGE_EMAIL, "hash-a"))).contains(token);
  }

  @Test
  void tokenIsFoundOnlyForItsPurpose() {
    store
        .transactions()
        .run(() -> tokens.insert(token(accountId, TokenPurpose.PASSWORD_RESET, "hash-a")));

    assertThat(tx(() -> tokens.findByHash(TokenPurpose.PASSWORD_RESET, "hash-a"))).isPresent();
    assertThat(tx(() -> tokens.findByHash(TokenPurpose.VERIFY_EMAIL, "hash-a"))).isEmpty();
  }

  @Test
  void invalidateAllMarksTheUnusedTokensOfTheAccountAndPurposeUsedAndCountsThem() {
    UUID otherAccount = new Seeds(store).account().id();
    store
        .transactions()
        .run(
            () -> {
              tokens.insert(token(accountId, TokenPurpose.PASSWORD_RESET, "first"));
              tokens.insert(token(accountId, TokenPurpose.PASSWORD_RESET, "second"));
              tokens.insert(token(accountId, TokenPurpose.VERIFY_EMAIL, "other-purpose"));
              tokens.insert(token(otherAccount, TokenPurpose.PASSWORD_RESET, "other-account"));
            });

    int invalidated =
        tx(
            () ->
                tokens.invalidateAll(
                    accountId, TokenPurpose.PASSWORD_RESET, TestData.minutesLater(5)));

    assertThat(invalidated).isEqualTo(2);
    assertThat(usedAt(TokenPurpose.PASSWORD_RESET, "first")).contains(TestData.minutesLater(5));
    assertThat(usedAt(TokenPurpose.PASSWORD_RESET, "second")).contains(TestData.minutesLater(5));
    assertThat(usedAt(TokenPurpose.VERIFY_EMAIL, "other-purpose")).isEmpty();
    assertThat(usedAt(TokenPurpose.PASSWORD_RESET, "other-account")).isEmpty();
  }

  @Test
  void invalidateAllLeavesUsedTokensAsTheyWereAndDoesNotCountThem() {
    OneTimeToken used = token(accountId, TokenPurpose.PASSWORD_RESET, "used");
    store.transactions().run(() -> tokens.insert(used));
    store.transactions().run(() -> tokens.markUsed(used.id(), TestData.minutesLater(1)));

    int invalidated =
        tx(
            () ->
                tokens.invalidateAll(
                    accountId, TokenPurpose.PASSWORD_RESET, TestData.minutesLater(9)));

    assertThat(invalidated).isZero();
    assertThat(usedAt(TokenPurpose.PASSWORD_RESET, "used")).contains(TestData.minutesLater(1));
  }

  @Test
  void invalidatedTokenCanNoLongerBeMarkedUsed() {
    OneTimeToken token = token(accountId, TokenPurpose.CHANGE_EMAIL, "hash-a");
    store.transactions().run(() -> tokens.insert(token));
    store
        .transactions()
        .run(() -> tokens.invalidateAll(accountId, TokenPurpose.CHANGE_EMAIL, TestData.NOW));

    assertThat(tx(() -> tokens.markUsed(token.id(), TestData.minutesLater(1)))).isFalse();
  }
}
