package org.openlicensing.api.organizations;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An invitation by e-mail to join an organization with a role. Its token travels in the e-mail only
 * and is kept as a hash.
 *
 * @param invitedBy the account that sent it, if an account did
 */
public record Invitation(
    UUID id,
    UUID organizationId,
    String email,
    OrganizationRole role,
    Optional<UUID> invitedBy,
    Instant createdAt,
    Instant expiresAt,
    Optional<Instant> acceptedAt,
    Optional<Instant> revokedAt) {
  public Invitation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organizationId, "organizationId");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    invitedBy = invitedBy == null ? Optional.empty() : invitedBy;
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(expiresAt, "expiresAt");
    acceptedAt = acceptedAt == null ? Optional.empty() : acceptedAt;
    revokedAt = revokedAt == null ? Optional.empty() : revokedAt;
  }

  public InvitationStatus statusAt(Instant now) {
    if (acceptedAt.isPresent()) {
      return InvitationStatus.ACCEPTED;
    }
    if (revokedAt.isPresent()) {
      return InvitationStatus.REVOKED;
    }
    return now.isBefore(expiresAt) ? InvitationStatus.PENDING : InvitationStatus.EXPIRED;
  }
}
