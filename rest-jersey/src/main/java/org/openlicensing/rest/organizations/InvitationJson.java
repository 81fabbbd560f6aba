package org.openlicensing.rest.organizations;

import java.time.Instant;
import java.util.UUID;
import org.openlicensing.api.organizations.Invitation;
import org.openlicensing.api.organizations.InvitationPreview;
import org.openlicensing.api.organizations.Membership;

/**
 * An invitation, without its token: that travels in the e-mail only. Its status is as of the
 * answer.
 */
public record InvitationJson(
    UUID id,
    UUID organizationId,
    String email,
    String role,
    String status,
    UUID invitedBy,
    Instant createdAt,
    Instant expiresAt,
    Instant acceptedAt,
    Instant revokedAt) {

  static InvitationJson of(Invitation i, Instant now) {
    return new InvitationJson(
        i.id(),
        i.organizationId(),
        i.email(),
        i.role().name(),
        i.statusAt(now).name(),
        i.invitedBy().orElse(null),
        i.createdAt(),
        i.expiresAt(),
        i.acceptedAt().orElse(null),
        i.revokedAt().orElse(null));
  }

  /** What a token invites to, for the page its link opens. */
  public record PreviewJson(String organizationName, String email, String role, Instant expiresAt) {
    static PreviewJson of(InvitationPreview p) {
      return new PreviewJson(p.organizationName(), p.email(), p.role().name(), p.expiresAt());
    }
  }

  /** The membership an accepted invitation made. */
  public record MembershipJson(UUID organizationId, UUID accountId, String role, Instant joinedAt) {
    static MembershipJson of(Membership m) {
      return new MembershipJson(m.organizationId(), m.accountId(), m.role().name(), m.joinedAt());
    }
  }
}
