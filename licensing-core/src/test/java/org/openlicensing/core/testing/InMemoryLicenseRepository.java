package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.core.accounts.AccountRepository;
import org.openlicensing.core.licenses.ActivationRepository;
import org.openlicensing.core.licenses.LicenseRepository;

final class InMemoryLicenseRepository implements LicenseRepository {
  private final InMemoryTable<UUID, License> licenses;
  private final ActivationRepository activations;
  private final AccountRepository accounts;

  InMemoryLicenseRepository(
      InMemoryTransactions transactions,
      ActivationRepository activations,
      AccountRepository accounts) {
    this.licenses = transactions.table("licenses");
    this.activations = activations;
    this.accounts = accounts;
  }

  @Override
  public void insertAll(List<License> batch) {
    Set<String> keys = new HashSet<>();
    licenses.all().forEach(l -> keys.add(l.key()));
    for (License license : batch) {
      licenses.requireUnique(!licenses.containsKey(license.id()), "id");
      licenses.requireUnique(keys.add(license.key()), "license_key");
      licenses.put(license.id(), license);
    }
  }

  @Override
  public Optional<License> findById(UUID id) {
    return licenses.get(id);
  }

  @Override
  public Optional<License> findByKey(String key) {
    return licenses.all().stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /** Transactions run one at a time here, so the lock is held already. */
  @Override
  public Optional<License> lockByKey(String key) {
    return findByKey(key);
  }

  /** Transactions run one at a time here, so the lock is held already. */
  @Override
  public Optional<License> lockById(UUID id) {
    return findById(id);
  }

  @Override
  public void updateAssignee(UUID licenseId, UUID accountId) {
    licenses.get(licenseId).ifPresent(l -> licenses.put(licenseId, withAssignee(l, accountId)));
  }

  /** In id order. */
  @Override
  public List<UUID> unassignAll(UUID organizationId, Collection<UUID> accountIds) {
    Set<UUID> accounts = new HashSet<>(accountIds);
    List<License> held =
        licenses.all().stream()
            .filter(
                l ->
                    l.organizationId().equals(organizationId)
                        && l.assigneeId().filter(accounts::contains).isPresent())
            .sorted((a, b) -> UuidOrder.ASCENDING.compare(a.id(), b.id()))
            .toList();
    held.forEach(l -> licenses.put(l.id(), withAssignee(l, null)));
    return held.stream().map(License::id).toList();
  }

  /** Transactions run one at a time here, so the locks are held already. In id order. */
  @Override
  public List<License> lockAll(Collection<UUID> ids) {
    return ids.stream()
        .distinct()
        .map(licenses::get)
        .flatMap(Optional::stream)
        .sorted((a, b) -> UuidOrder.ASCENDING.compare(a.id(), b.id()))
        .toList();
  }

  @Override
  public List<License> lockAllOf(UUID organizationId, Collection<UUID> ids) {
    return lockAll(ids).stream().filter(l -> l.organizationId().equals(organizationId)).toList();
  }

  @Override
  public void assignAll(Map<UUID, UUID> assignees) {
    assignees.forEach(this::updateAssignee);
  }

  @Override
  public int revokeAll(Collection<UUID> ids) {
    int revoked = 0;
    for (UUID id : Set.copyOf(ids)) {
      Optional<License> found = licenses.get(id).filter(l -> l.status() != LicenseStatus.REVOKED);
      if (found.isPresent()) {
        License l = found.get();
        licenses.put(
            id,
            with(l, LicenseStatus.REVOKED, l.expiresAt(), l.plan(), l.policy(), l.entitlements()));
        revoked++;
      }
    }
    return revoked;
  }

  @Override
  public List<UUID> findIdsByOrganization(UUID organizationId, UUID afterId, int limit) {
    return licenses.all().stream()
        .filter(l -> l.organizationId().equals(organizationId))
        .map(License::id)
        .filter(id -> afterId == null || UuidOrder.ASCENDING.compare(id, afterId) > 0)
        .sorted(UuidOrder.ASCENDING)
        .limit(limit)
        .toList();
  }

  private static License withAssignee(License l, UUID accountId) {
    return new License(
        l.id(),
        l.key(),
        l.organizationId(),
        l.subscriptionId(),
        l.plan(),
        l.status(),
        l.expiresAt(),
        l.policy(),
        l.entitlements(),
        Optional.ofNullable(accountId),
        l.createdAt());
  }

  @Override
  public Optional<LicenseView> findView(UUID id) {
    return findById(id).map(this::view);
  }

  @Override
  public List<LicenseView> findVisible(
      UUID accountId, Collection<UUID> organizationIds, UUID afterId, int limit) {
    return licenses.all().stream()
        .filter(
            l ->
                organizationIds.contains(l.organizationId())
                    || (accountId != null && l.assigneeId().equals(Optional.of(accountId))))
        .filter(l -> afterId == null || UuidOrder.ASCENDING.compare(l.id(), afterId) > 0)
        .sorted((a, b) -> UuidOrder.ASCENDING.compare(a.id(), b.id()))
        .limit(limit)
        .map(this::view)
        .toList();
  }

  private LicenseView view(License license) {
    return new LicenseView(
        license,
        activations.countActive(license.id()),
        license.assigneeId().flatMap(accounts::findById).map(Account::email));
  }

  @Override
  public int renewAll(UUID subscriptionId, Instant expiresAt) {
    return rewrite(
        subscriptionId,
        l -> l.status() != LicenseStatus.REVOKED,
        l -> with(l, LicenseStatus.ACTIVE, expiresAt, l.plan(), l.policy(), l.entitlements()));
  }

  @Override
  public int suspendAll(UUID subscriptionId) {
    return rewrite(
        subscriptionId,
        l -> l.status() == LicenseStatus.ACTIVE,
        l ->
            with(
                l, LicenseStatus.SUSPENDED, l.expiresAt(), l.plan(), l.policy(), l.entitlements()));
  }

  @Override
  public int expireAll(UUID subscriptionId, Instant at) {
    return rewrite(
        subscriptionId,
        l -> l.status() != LicenseStatus.REVOKED,
        l ->
            with(
                l,
                LicenseStatus.EXPIRED,
                l.expiresAt().isAfter(at) ? at : l.expiresAt(),
                l.plan(),
                l.policy(),
                l.entitlements()));
  }

  @Override
  public int expireLapsed(Instant now) {
    int lapsed = 0;
    for (License l : List.copyOf(licenses.all())) {
      boolean live = l.status() == LicenseStatus.ACTIVE || l.status() == LicenseStatus.SUSPENDED;
      if (live && l.usableUntil().isBefore(now)) {
        licenses.put(
            l.id(),
            with(l, LicenseStatus.EXPIRED, l.expiresAt(), l.plan(), l.policy(), l.entitlements()));
        lapsed++;
      }
    }
    return lapsed;
  }

  @Override
  public LicenseCounts countBySubscription(UUID subscriptionId) {
    List<License> live =
        licenses.all().stream()
            .filter(l -> l.subscriptionId().equals(subscriptionId))
            .filter(l -> l.status() != LicenseStatus.REVOKED)
            .toList();
    return new LicenseCounts(
        live.size(), (int) live.stream().filter(l -> l.assigneeId().isPresent()).count());
  }

  @Override
  public int revokeUnassigned(UUID subscriptionId, int count) {
    List<License> newestFirst =
        licenses.all().stream()
            .filter(l -> l.subscriptionId().equals(subscriptionId))
            .filter(l -> l.status() != LicenseStatus.REVOKED && l.assigneeId().isEmpty())
            .sorted(
                Comparator.comparing(License::createdAt)
                    .thenComparing(License::id, UuidOrder.ASCENDING)
                    .reversed())
            .limit(count)
            .toList();
    newestFirst.forEach(
        l ->
            licenses.put(
                l.id(),
                with(
                    l,
                    LicenseStatus.REVOKED,
                    l.expiresAt(),
                    l.plan(),
                    l.policy(),
                    l.entitlements())));
    return newestFirst.size();
  }

  @Override
  public int changePlan(UUID subscriptionId, Plan plan) {
    return rewrite(
        subscriptionId,
        l -> true,
        l -> with(l, l.status(), l.expiresAt(), plan.code(), plan.policy(), plan.entitlements()));
  }

  private int rewrite(UUID subscriptionId, Predicate<License> which, UnaryOperator<License> how) {
    int changed = 0;
    for (License l : List.copyOf(licenses.all())) {
      if (l.subscriptionId().equals(subscriptionId) && which.test(l)) {
        licenses.put(l.id(), how.apply(l));
        changed++;
      }
    }
    return changed;
  }

  private static License with(
      License l,
      LicenseStatus status,
      Instant expiresAt,
      String plan,
      LicensePolicy policy,
      Set<String> entitlements) {
    return new License(
        l.id(),
        l.key(),
        l.organizationId(),
        l.subscriptionId(),
        plan,
        status,
        expiresAt,
        policy,
        entitlements,
        l.assigneeId(),
        l.createdAt());
  }
}
