package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.billing.Subscription;
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
    subscriptions.put(subscription.id(), new Row(subscription, createdBy, idempotencyKey));
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
}
