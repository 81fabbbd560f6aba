package org.openlicensing.core.organizations;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.OrganizationRole;

/**
 * Where invitations are kept, with the SHA-256 of their tokens. An invitation is open until it is
 * accepted or revoked, expired or not; an organization has at most one open invitation per address
 * (a DuplicateKeyException otherwise), so a new one to the same address renews the open one.
 */
public interface InvitationRepository {

  /** Stores new open invitations in one batch. */
  void insertAll(List<NewInvitation> invitations);

  Optional<Invitation> findById(UUID id);

  /** The open invitations of the organization to any of the addresses, in lower case. */
  List<Invitation> findOpen(UUID organizationId, Collection<String> emails);

  /** The open invitations of the organization in id order, after the given id (null for first). */
  List<Invitation> listOpen(UUID organizationId, UUID afterId, int limit);

  /** Finds the invitation whose token has this hash, accepted or not, and locks it. */
  Optional<Invitation> lockByTokenHash(String tokenHash);

  Optional<Invitation> findByTokenHash(String tokenHash);

  /**
   * Gives open invitations new tokens, roles, senders and expiries; the old tokens stop working.
   */
  void renewAll(List<Renewal> renewals);

  /** Closes an open invitation as accepted; returns whether it was open. */
  boolean markAccepted(UUID id, UUID accountId, Instant at);

  /** Closes an open invitation as revoked; returns whether it was open. */
  boolean revoke(UUID id, Instant at);

  /** A new invitation and the hash of its token. */
  record NewInvitation(Invitation invitation, String tokenHash) {}

  /** What a renewed invitation becomes. */
  record Renewal(
      UUID id, String tokenHash, OrganizationRole role, UUID invitedBy, Instant expiresAt) {}
}
