package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.core.licenses.ActivationRepository;

final class InMemoryActivationRepository implements ActivationRepository {
  /** An activation and, once it ended, when. Ended activations stay, as in the database. */
  private record Row(Activation activation, Optional<Instant> deactivatedAt) {
    boolean active() {
      return deactivatedAt.isEmpty();
    }
  }

  private final InMemoryTable<UUID, Row> activations;

  InMemoryActivationRepository(InMemoryTransactions transactions) {
    this.activations = transactions.table("activations");
  }

  @Override
  public void insert(Activation activation) {
    activations.requireUnique(!activations.containsKey(activation.id()), "id");
    activations.requireUnique(
        findActive(activation.licenseId(), activation.fingerprint()).isEmpty(),
        "license_id, active_fingerprint");
    activations.put(activation.id(), new Row(activation, Optional.empty()));
  }

  @Override
  public Optional<Activation> findActive(UUID licenseId, String fingerprint) {
    return active()
        .filter(a -> a.licenseId().equals(licenseId) && a.fingerprint().equals(fingerprint))
        .findFirst();
  }

  @Override
  public Optional<Activation> findActiveById(UUID id) {
    return activations.get(id).filter(Row::active).map(Row::activation);
  }

  @Override
  public List<Activation> findActiveByLicense(UUID licenseId) {
    return active()
        .filter(a -> a.licenseId().equals(licenseId))
        .sorted(
            Comparator.comparing(Activation::createdAt)
                .thenComparing(Activation::id, UuidOrder.ASCENDING))
        .toList();
  }

  @Override
  public int countActive(UUID licenseId) {
    return (int) active().filter(a -> a.licenseId().equals(licenseId)).count();
  }

  @Override
  public boolean deactivate(UUID id, Instant at) {
    Optional<Row> found = activations.get(id).filter(Row::active);
    found.ifPresent(row -> activations.put(id, ended(row.activation(), at)));
    return found.isPresent();
  }

  /** An ended activation holds no lease, as in the database. */
  private static Row ended(Activation a, Instant at) {
    return new Row(withoutLease(a), Optional.of(at));
  }

  private static Activation withoutLease(Activation a) {
    return new Activation(
        a.id(),
        a.licenseId(),
        a.fingerprint(),
        a.name(),
        a.platform(),
        a.createdAt(),
        a.lastSeenAt(),
        Optional.empty());
  }

  @Override
  public void touch(UUID id, Instant at) {
    activations
        .get(id)
        .filter(Row::active)
        .ifPresent(row -> put(row.activation(), at, row.activation().leaseExpiresAt()));
  }

  private void put(Activation a, Instant seen, Optional<Instant> lease) {
    activations.put(
        a.id(),
        new Row(
            new Activation(
                a.id(),
                a.licenseId(),
                a.fingerprint(),
                a.name(),
                a.platform(),
                a.createdAt(),
                seen,
                lease),
            Optional.empty()));
  }

  @Override
  public int countLiveLeases(UUID licenseId, Instant now) {
    return (int)
        active().filter(a -> a.licenseId().equals(licenseId) && a.holdsLeaseAt(now)).count();
  }

  @Override
  public boolean startLease(UUID id, Instant at, Instant until) {
    Optional<Row> found = activations.get(id).filter(Row::active);
    found.ifPresent(row -> put(row.activation(), at, Optional.of(until)));
    return found.isPresent();
  }

  @Override
  public boolean renewLease(UUID id, Instant at, Instant until) {
    Optional<Row> found =
        activations.get(id).filter(Row::active).filter(row -> row.activation().holdsLeaseAt(at));
    found.ifPresent(row -> put(row.activation(), at, Optional.of(until)));
    return found.isPresent();
  }

  @Override
  public int cullLeases(Instant now) {
    List<Activation> dead =
        activations.all().stream()
            .map(Row::activation)
            .filter(a -> a.leaseExpiresAt().filter(expiry -> !expiry.isAfter(now)).isPresent())
            .toList();
    for (Activation a : dead) {
      Row row = activations.get(a.id()).orElseThrow();
      activations.put(a.id(), new Row(withoutLease(a), row.deactivatedAt()));
    }
    return dead.size();
  }

  /** In id order. */
  @Override
  public List<UUID> licensesWithActiveFingerprint(
      String fingerprint, UUID exceptLicenseId, int limit) {
    return active()
        .filter(a -> a.fingerprint().equals(fingerprint) && !a.licenseId().equals(exceptLicenseId))
        .map(Activation::licenseId)
        .distinct()
        .sorted(UuidOrder.ASCENDING)
        .limit(limit)
        .toList();
  }

  @Override
  public List<Activation> findActiveByLicenses(Collection<UUID> licenseIds) {
    Set<UUID> licenses = new HashSet<>(licenseIds);
    return active()
        .filter(a -> licenses.contains(a.licenseId()))
        .sorted(
            Comparator.comparing(Activation::licenseId, UuidOrder.ASCENDING)
                .thenComparing(Activation::createdAt)
                .thenComparing(Activation::id, UuidOrder.ASCENDING))
        .toList();
  }

  @Override
  public Map<UUID, Integer> countActiveByLicenses(Collection<UUID> licenseIds) {
    Set<UUID> licenses = new HashSet<>(licenseIds);
    Map<UUID, Integer> counts = new HashMap<>();
    active()
        .filter(a -> licenses.contains(a.licenseId()))
        .forEach(a -> counts.merge(a.licenseId(), 1, Integer::sum));
    return Map.copyOf(counts);
  }

  @Override
  public int deactivateAllOf(Collection<UUID> licenseIds, Instant at) {
    Set<UUID> licenses = new HashSet<>(licenseIds);
    List<Row> ending =
        activations.all().stream()
            .filter(row -> row.active() && licenses.contains(row.activation().licenseId()))
            .toList();
    ending.forEach(row -> activations.put(row.activation().id(), ended(row.activation(), at)));
    return ending.size();
  }

  /** Every activation, ended or not, with when it ended: for usage analytics over devices. */
  List<Map.Entry<Activation, Optional<Instant>>> history() {
    return activations.all().stream()
        .map(row -> Map.entry(row.activation(), row.deactivatedAt()))
        .toList();
  }

  private Stream<Activation> active() {
    return activations.all().stream().filter(Row::active).map(Row::activation);
  }
}
