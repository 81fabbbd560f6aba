package org.openlicensing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.catalog.BillingPeriod;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.core.billing.SubscriptionRepository;
import org.openlicensing.core.persistence.DuplicateKeyException;
import org.openlicensing.core.persistence.Persistence;

/** What every {@link SubscriptionRepository} promises. */
public abstract class SubscriptionRepositoryContract {
  private Persistence store;
  private SubscriptionRepository subscriptions;
  private Seeds seeds;
  private Plan plan;
  private UUID buyer;
  private UUID organization;

  /** A fresh, empty store; called once before each test. */
  protected abstract Persistence persistence();

  @BeforeEach
  void openStore() {
    store = persistence();
    subscriptions = store.subscriptions();
    seeds = new Seeds(store);
    plan = seeds.plan();
    buyer = seeds.account().id();
    organization = seeds.organization().id();
  }

  private <T> T tx(Supplier<T> work) {
    return store.transactions().inTransaction(work);
  }

  private Subscription subscription(UUID organizationId, Instant createdAt) {
    return new Subscription(
        TestData.newId(),
        organizationId,
        plan.code(),
        12,
        BillingPeriod.MONTHLY,
        Money.of(2_900, "EUR"),
        SubscriptionStatus.TRIALING,
        createdAt,
        createdAt.plus(Duration.ofDays(14)),
        createdAt);
  }

  private void insert(Subscription subscription, UUID createdBy, String idempotencyKey) {
    store.transactions().run(() -> subscriptions.insert(subscription, createdBy, idempotencyKey));
  }

  @Test
  void storedSubscriptionIsFoundByIdWithEveryField() {
    Subscription subscription = subscription(organization, TestData.NOW);
    insert(subscription, buyer, null);

    assertThat(tx(() -> subscriptions.findById(subscription.id()))).contains(subscription);
    assertThat(tx(() -> subscriptions.findById(TestData.newId()))).isEmpty();
  }

  @Test
  void subscriptionIsFoundByItsMakersIdempotencyKey() {
    Subscription subscription = subscription(organization, TestData.NOW);
    insert(subscription, buyer, "key-1");

    assertThat(tx(() -> subscriptions.findByIdempotencyKey(buyer, "key-1"))).contains(subscription);
    assertThat(tx(() -> subscriptions.findByIdempotencyKey(buyer, "key-2"))).isEmpty();
    assertThat(tx(() -> subscriptions.findByIdempotencyKey(seeds.account().id(), "key-1")))
        .isEmpty();
  }

  /** An API key buys for its organization: its id is the maker, as an account's would be. */
  @Test
  void subscriptionMadeByAnApiKeyIsFoundByTheKeysIdempotencyKey() {
    UUID apiKeyId = TestData.newId();
    Subscription subscription = subscription(organization, TestData.NOW);

    insert(subscription, apiKeyId, "key-1");

    assertThat(tx(() -> subscriptions.findByIdempotencyKey(apiKeyId, "key-1")))
        .contains(subscription);
  }

  @Test
  void idempotencyKeyUsedAgainByTheSameAccountIsDuplicateKey() {
    insert(subscription(organization, TestData.NOW), buyer, "key-1");
    Subscription retry = subscription(organization, TestData.NOW);

    assertThatThrownBy(() -> insert(retry, buyer, "key-1"))
        .isInstanceOf(DuplicateKeyException.class);
    assertThat(tx(() -> subscriptions.findById(retry.id()))).isEmpty();
  }

  @Test
  void differentAccountsMayUseTheSameIdempotencyKey() {
    UUID otherBuyer = seeds.account().id();
    Subscription first = subscription(organization, TestData.NOW);
    Subscription second = subscription(organization, TestData.NOW);

    insert(first, buyer, "key-1");
    insert(second, otherBuyer, "key-1");

    assertThat(tx(() -> subscriptions.findByIdempotencyKey(otherBuyer, "key-1"))).contains(second);
  }

  @Test
  void subscriptionsWithoutIdempotencyKeyNeverCollide() {
    Subscription first = subscription(organization, TestData.NOW);
    Subscription second = subscription(organization, TestData.NOW);

    insert(first, buyer, null);
    insert(second, buyer, null);

    assertThat(tx(() -> subscriptions.findById(second.id()))).contains(second);
  }

  @Test
  void subscriptionsOfTheOrganizationsAreListedNewestFirst() {
    UUID other = seeds.organization().id();
    UUID foreign = seeds.organization().id();
    Subscription oldest = subscription(organization, TestData.NOW);
    Subscription middle = subscription(other, TestData.minutesLater(1));
    Subscription newest = subscription(organization, TestData.minutesLater(2));
    insert(middle, buyer, null);
    insert(oldest, buyer, null);
    insert(newest, buyer, null);
    insert(subscription(foreign, TestData.minutesLater(3)), buyer, null);

    assertThat(tx(() -> subscriptions.findByOrganizations(List.of(organization, other))))
        .containsExactly(newest, middle, oldest);
  }

  @Test
  void noOrganizationsHaveNoSubscriptions() {
    insert(subscription(organization, TestData.NOW), buyer, null);

    assertThat(tx(() -> subscriptions.findByOrganizations(List.of()))).isEmpty();
  }

  @Test
  void aCancellationMarksTheSubscriptionOnceAndKeepsEverythingElse() {
    Subscription subscription = subscription(organization, TestData.NOW);
    insert(subscription, buyer, null);
    Instant at = TestData.minutesLater(5);

    boolean first = tx(() -> subscriptions.cancelAtPeriodEnd(subscription.id(), at));
    boolean second =
        tx(() -> subscriptions.cancelAtPeriodEnd(subscription.id(), TestData.minutesLater(6)));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(tx(() -> subscriptions.findById(subscription.id())))
        .contains(subscription.canceledAt(at));
    assertThat(tx(() -> subscriptions.cancelAtPeriodEnd(TestData.newId(), at))).isFalse();
  }

  @Test
  void anEndedSubscriptionIsNotCanceledAgain() {
    Subscription ended =
        new Subscription(
            TestData.newId(),
            organization,
            plan.code(),
            1,
            BillingPeriod.MONTHLY,
            Money.of(2_900, "EUR"),
            SubscriptionStatus.CANCELED,
            TestData.NOW,
            TestData.NOW.plus(Duration.ofDays(30)),
            TestData.NOW);
    insert(ended, buyer, null);

    assertThat(tx(() -> subscriptions.cancelAtPeriodEnd(ended.id(), TestData.NOW))).isFalse();
    assertThat(tx(() -> subscriptions.findById(ended.id()))).contains(ended);
  }
}
