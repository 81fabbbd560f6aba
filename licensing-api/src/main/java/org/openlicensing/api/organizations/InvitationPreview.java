package org.openlicensing.api.organizations;

import java.time.Instant;
import java.util.Objects;

/** What the holder of an invitation's token may see before accepting it. */
public record InvitationPreview(
    String organizationName, String email, OrganizationRole role, Instant expiresAt) {
  public InvitationPreview {
    Objects.requireNonNull(organizationName, "organizationName");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }
}
