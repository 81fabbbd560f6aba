package org.openlicensing.api.organizations;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The customer: it holds subscriptions and licenses. Every account has a personal one from sign-up.
 */
public record Organization(UUID id, String name, boolean personal, Instant createdAt) {
  public Organization {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
