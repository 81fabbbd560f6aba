package org.openlicensing.core.testing;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
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
    found.ifPresent(row -> activations.put(id, new Row(row.activation(), Optional.of(at))));
    return found.isPresent();
  }

  @Override
  public void touch(UUID id, Instant at) {
    activations
        .get(id)
        .filter(Row::active)
        .ifPresent(
            row -> {
              Activation a = row.activation();
              activations.put(
                  id,
                  new Row(
                      new Activation(
                          a.id(),
                          a.licenseId(),
                          a.fingerprint(),
                          a.name(),
                          a.platform(),
                          a.createdAt(),
                          at),
                      Optional.empty()));
            });
  }

  @Override
  public int deactivateAllOf(Collection<UUID> licenseIds, Instant at) {
    Set<UUID> licenses = new HashSet<>(licenseIds);
    List<Row> ending =
        activations.all().stream()
            .filter(row -> row.active() && licenses.contains(row.activation().licenseId()))
            .toList();
    ending.forEach(
        row -> activations.put(row.activation().id(), new Row(row.activation(), Optional.of(at))));
    return ending.size();
  }

  private Stream<Activation> active() {
    return activations.all().stream().filter(Row::active).map(Row::activation);
  }
}
