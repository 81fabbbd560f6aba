package org.openlicensing.persistence.organizations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.OrganizationRole;

/**
 * A row of {@code invitations}. {@code openEmail} repeats the address while the invitation is open
 * and is NULL once it was accepted or revoked: the unique key (organization, open address) then
 * admits one open invitation per address and any number of closed ones. Read through JPA; written
 * by {@link InvitationBatches} and by the updates of {@link JpaInvitationRepository}.
 */
@Entity(name = "Invitation")
@Table(name = "invitations")
public class InvitationEntity {
  @Id private UUID id;

  @Column(name = "organization_id", nullable = false)
  private UUID organizationId;

  @Column(nullable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganizationRole role;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "invited_by")
  private UUID invitedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_by")
  private UUID acceptedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "open_email")
  private String openEmail;

  protected InvitationEntity() {}

  Invitation toInvitation() {
    return new Invitation(
        id,
        organizationId,
        email,
        role,
        Optional.ofNullable(invitedBy),
        createdAt,
        expiresAt,
        Optional.ofNullable(acceptedAt),
        Optional.ofNullable(revokedAt));
  }
}
