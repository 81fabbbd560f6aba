package org.openlicensing.core.testing;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.licenses.License;
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
}
