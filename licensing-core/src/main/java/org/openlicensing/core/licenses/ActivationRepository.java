package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.licenses.Activation;

/**
 * Where activations are kept. A fingerprint is active at most once per license; deactivated
 * activations are kept for the record.
 */
public interface ActivationRepository {

  /** Stores a new active activation; a fingerprint already active is a DuplicateKeyException. */
  void insert(Activation activation);

  Optional<Activation> findActive(UUID licenseId, String fingerprint);

  Optional<Activation> findActiveById(UUID id);

  List<Activation> findActiveByLicense(UUID licenseId);

  int countActive(UUID licenseId);

  /** Ends an activation unless it has ended already; returns whether this call ended it. */
  boolean deactivate(UUID id, Instant at);

  void touch(UUID id, Instant at);

  /** Ends every active activation of the licenses; returns how many there were. */
  int deactivateAllOf(Collection<UUID> licenseIds, Instant at);
}
