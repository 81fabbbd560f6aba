package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.apikeys.ApiKey;
import org.openlicensing.api.apikeys.ApiKeyScope;
import org.openlicensing.core.apikeys.ApiKeyRepository;
import org.openlicensing.core.apikeys.StoredApiKey;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link ApiKeyRepository} promises. */
public abstract class ApiKeyRepositoryContract {
  private Persistence store;
  private ApiKeyRepository keys;
  private Seeds seeds;
  private UUID organizationId;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    keys = store.apiKeys();
    seeds = new Seeds(store);
    organizationId = seeds.organization().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private ApiKey key(UUID id, UUID organization, String prefix, Instant createdAt) {
    return new ApiKey(
        id,
        organization,
        "CI pipeline",
        prefix,
        Set.of(ApiKeyScope.READ),
        createdAt,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  private ApiKey stored(String prefix, Instant createdAt) {
    ApiKey key = key(TestData.newId(), organizationId, prefix, createdAt);
    store.transactions().run(() -> keys.insert(key, "hash-of-" + prefix));
    return key;
  }

  private ApiKey found(String prefix) {
    return tx(() -> keys.findByPrefix(prefix)).orElseThrow().key();
  }

  @Test
  void storedKeyIsFoundByItsPrefixWithEveryFieldAndTheSecretsHash() {
    ApiKey key =
        new ApiKey(
            TestData.newId(),
            organizationId,
            "Deploy bot",
            "olk_0123456789ab",
            Set.of(ApiKeyScope.READ, ApiKeyScope.WRITE, ApiKeyScope.ADMIN),
            TestData.NOW,
            Optional.of(seeds.account().id()),
            Optional.empty(),
            Optional.empty());
    store.transactions().run(() -> keys.insert(key, "sha256-of-the-secret"));

    assertThat(tx(() -> keys.findByPrefix("olk_0123456789ab")))
        .contains(new StoredApiKey(key, "sha256-of-the-secret"));
    assertThat(tx(() -> keys.findByPrefix("olk_zzzzzzzzzzzz"))).isEmpty();
  }

  @Test
  void keyWithOneScopeAndNoCreatorRoundTrips() {
    ApiKey key = stored("olk_aaaaaaaaaaaa", TestData.NOW);

    assertThat(found("olk_aaaaaaaaaaaa")).isEqualTo(key);
  }

  @Test
  void takenPrefixIsDuplicateKey() {
    stored("olk_aaaaaaaaaaaa", TestData.NOW);

    assertThatThrownBy(() -> stored("olk_aaaaaaaaaaaa", TestData.NOW))
        .isInstanceOf(DuplicateKeyException.class);
  }

  @Test
  void organizationsKeysComeNewestFirstRevokedOnesIncluded() {
    ApiKey older = stored("olk_aaaaaaaaaaaa", TestData.minutesLater(1));
    ApiKey newer = stored("olk_bbbbbbbbbbbb", TestData.minutesLater(2));
    ApiKey elsewhere =
        key(TestData.newId(), seeds.organization().id(), "olk_cccccccccccc", TestData.NOW);
    store.transactions().run(() -> keys.insert(elsewhere, "hash"));
    store.transactions().run(() -> keys.revoke(older.id(), TestData.minutesLater(3)));

    assertThat(tx(() -> keys.findByOrganization(organizationId)))
        .extracting(ApiKey::id)
        .containsExactly(newer.id(), older.id());
  }

  @Test
  void keyIsRevokedOnlyOnceAndKeepsTheFirstTime() {
    ApiKey key = stored("olk_aaaaaaaaaaaa", TestData.NOW);

    assertThat(tx(() -> keys.revoke(key.id(), TestData.minutesLater(1)))).isTrue();
    assertThat(tx(() -> keys.revoke(key.id(), TestData.minutesLater(2)))).isFalse();

    assertThat(found("olk_aaaaaaaaaaaa").revokedAt()).contains(TestData.minutesLater(1));
  }

  @Test
  void unknownKeyIsNotRevoked() {
    assertThat(tx(() -> keys.revoke(TestData.newId(), TestData.NOW))).isFalse();
  }

  @Test
  void touchRecordsTheLastUse() {
    ApiKey key = stored("olk_aaaaaaaaaaaa", TestData.NOW);

    store.transactions().run(() -> keys.touch(key.id(), TestData.minutesLater(5)));

    assertThat(found("olk_aaaaaaaaaaaa").lastUsedAt()).contains(TestData.minutesLater(5));
  }

  @Test
  void touchWithAnEarlierTimeKeepsTheLaterUse() {
    ApiKey key = stored("olk_aaaaaaaaaaaa", TestData.NOW);
    store.transactions().run(() -> keys.touch(key.id(), TestData.minutesLater(5)));

    store.transactions().run(() -> keys.touch(key.id(), TestData.minutesLater(4)));

    assertThat(found("olk_aaaaaaaaaaaa").lastUsedAt()).contains(TestData.minutesLater(5));
  }
}
