package org.openlicensing.core.licenses;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

  /**
   * The active activations of the licenses, by license id (in id order), then as they were made.
   */
  List<Activation> findActiveByLicenses(Collection<UUID> licenseIds);

  /** How many active activations each license has; licenses with none are left out. */
  Map<UUID, Integer> countActiveByLicenses(Collection<UUID> licenseIds);

  /** Ends every active activation of the licenses; returns how many there were. */
  int deactivateAllOf(Collection<UUID> licenseIds, Instant at);

  /**
   * How many active activations of the license hold a floating lease alive at {@code now}: one
   * whose expiry lies after {@code now}.
   */
  int countLiveLeases(UUID licenseId, Instant now);

  /**
   * Gives an active activation a lease until {@code until}, alive or not before, and records the
   * device seen at {@code at}; returns whether the activation was active. The caller holds the
   * license's lock and has judged the concurrency limit.
   */
  boolean startLease(UUID id, Instant at, Instant until);

  /**
   * Extends a lease that is alive at {@code at} until {@code until}, and records the device seen; a
   * dead lease (expired, culled) or an ended activation is left alone and answers false, so that a
   * heartbeat never brings a lease back.
   */
  boolean renewLease(UUID id, Instant at, Instant until);

  /** Clears every lease that expired at or before {@code now}; returns how many. */
  int cullLeases(Instant now);

  /**
   * The other licenses the fingerprint is active on, at most {@code limit} of them, in id order:
   * for security monitoring of one device used under several licenses.
   */
  List<UUID> licensesWithActiveFingerprint(String fingerprint, UUID exceptLicenseId, int limit);
}
