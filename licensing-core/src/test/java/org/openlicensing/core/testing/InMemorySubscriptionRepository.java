package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionFilter;
import org.openlicensing.core.billing.SubscriptionRepository;

final class InMemorySubscriptionRepository implements SubscriptionRepository {
  /** Newest first, as the database orders them: by creation, then by id. */
  private static final Comparator<Subscription> NEWEST_FIRST =
      Comparator.comparing(Subscription::createdAt)
          .thenComparing(Subscription::id, UuidOrder.ASCENDING)
          .reversed();

  private record Row(Subscription subscription, UUID createdBy, String idempotencyKey) {}

  private final InMemoryTable<UUID, Row> subscriptions;

  InMemorySubscriptionRepository(InMemoryTransactions transactions) {
    this.subscriptions = transactions.table("subscriptions");
  }

  @Override
  public void insert(Subscription subscription, UUID createdBy, String idempotencyKey) {
    subscriptions.requireUnique(!subscriptions.containsKey(subscription.id()), "id");
    // NULL keys never collide, as in a unique constraint of the database.
    subscriptions.requireUnique(
        idempotencyKey == null
            || subscriptions.all().stream()
                .noneMatch(
                    r ->
                        r.createdBy().equals(createdBy)
                            && idempotencyKey.equals(r.idempotencyKey())),
        "created_by, idempotency_key");
    requireUniqueProviderId(subscription);
    subscriptions.put(subscription.id(), new Row(subscription, createdBy, idempotencyKey));
  }

  private void requireUniqueProviderId(Subscription subscription) {
    subscriptions.requireUnique(
        subscription.providerSubscriptionId().isEmpty()
            || subscriptions.all().stream()
                .noneMatch(
                    r ->
                        !r.subscription().id().equals(subscription.id())
                            && r.subscription()
                                .providerSubscriptionId()
                                .equals(subscription.providerSubscriptionId())),
        "provider_subscription_id");
  }

  @Override
  public Optional<Subscription> findByProviderSubscriptionId(String providerSubscriptionId) {
    return subscriptions.all().stream()
        .map(Row::subscription)
        .filter(s -> s.providerSubscriptionId().equals(Optional.of(providerSubscriptionId)))
        .findFirst();
  }

  @Override
  public Optional<Subscription> findById(UUID id) {
    return subscriptions.get(id).map(Row::subscription);
  }

  @Override
  public Optional<Subscription> findByIdempotencyKey(UUID createdBy, String idempotencyKey) {
    return subscriptions.all().stream()
        .filter(
            r ->
                r.createdBy().equals(createdBy)
                    && idempotencyKey != null
                    && Objects.equals(idempotencyKey, r.idempotencyKey()))
        .map(Row::subscription)
        .findFirst();
  }

  @Override
  public List<Subscription> findByOrganizations(Collection<UUID> organizationIds) {
    return subscriptions.all().stream()
        .map(Row::subscription)
        .filter(s -> organizationIds.contains(s.organizationId()))
        .sorted(NEWEST_FIRST)
        .toList();
  }

  @Override
  public boolean cancelAtPeriodEnd(UUID id, Instant at) {
    Optional<Row> row = subscriptions.get(id).filter(r -> r.subscription().isCancelable());
    row.ifPresent(
        r ->
            subscriptions.put(
                id, new Row(r.subscription().canceledAt(at), r.createdBy(), r.idempotencyKey())));
    return row.isPresent();
  }

  /** Transactions run one at a time here, so the lock is held already. */
  @Override
  public Optional<Subscription> lock(UUID id) {
    return findById(id);
  }

  @Override
  public void update(Subscription subscription) {
    requireUniqueProviderId(subscription);
    subscriptions
        .get(subscription.id())
        .ifPresent(
            r ->
                subscriptions.put(
                    subscription.id(), new Row(subscription, r.createdBy(), r.idempotencyKey())));
  }

  @Override
  public List<UUID> dueForRenewal(Instant now, int limit) {
    return live()
        .filter(s -> !s.isProviderManaged())
        .filter(s -> s.dunning().nextAttemptAt().isEmpty())
        .filter(s -> !s.currentPeriodEnd().isAfter(now))
        .sorted(Comparator.comparing(Subscription::currentPeriodEnd))
        .limit(limit)
        .map(Subscription::id)
        .toList();
  }

  @Override
  public List<UUID> dueForCollection(Instant now, int limit) {
    return live()
        .filter(s -> !s.isProviderManaged())
        .filter(s -> s.dunning().nextAttemptAt().map(at -> !at.isAfter(now)).orElse(false))
        .sorted(Comparator.comparing(s -> s.dunning().nextAttemptAt().get()))
        .limit(limit)
        .map(Subscription::id)
        .toList();
  }

  @Override
  public List<Subscription> search(SubscriptionFilter filter, RenewalPosition after, int limit) {
    Comparator<Subscription> byRenewal =
        Comparator.comparing(Subscription::currentPeriodEnd)
            .thenComparing(Subscription::id, UuidOrder.ASCENDING);
    return subscriptions.all().stream()
        .map(Row::subscription)
        .filter(s -> filter.plan().map(s.plan()::equals).orElse(true))
        .filter(s -> filter.status().map(st -> st == s.status()).orElse(true))
        .filter(s -> filter.organizationId().map(s.organizationId()::equals).orElse(true))
        .filter(s -> filter.renewsFrom().map(f -> !s.currentPeriodEnd().isBefore(f)).orElse(true))
        .filter(s -> filter.renewsBefore().map(b -> s.currentPeriodEnd().isBefore(b)).orElse(true))
        .filter(
            s ->
                after == null
                    || s.currentPeriodEnd().isAfter(after.currentPeriodEnd())
                    || (s.currentPeriodEnd().equals(after.currentPeriodEnd())
                        && UuidOrder.ASCENDING.compare(s.id(), after.id()) > 0))
        .sorted(byRenewal)
        .limit(limit)
        .toList();
  }

  private java.util.stream.Stream<Subscription> live() {
    return subscriptions.all().stream().map(Row::subscription).filter(s -> s.status().isLive());
  }

  @Override
  public List<Subscription> endingWithoutRenewal(Instant from, Instant to, int limit) {
    return live()
        .filter(Subscription::cancelAtPeriodEnd)
        .filter(s -> s.currentPeriodEnd().isAfter(from) && !s.currentPeriodEnd().isAfter(to))
        .sorted(
            Comparator.comparing(Subscription::currentPeriodEnd)
                .thenComparing(Subscription::id, UuidOrder.ASCENDING))
        .limit(limit)
        .toList();
  }
}
