package org.openlicensing.api.security;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Something security monitoring should see, such as a failed sign-in: with the account if one is
 * known, and the address that was tried.
 *
 * @param details what else the event is about, such as the licenses a fingerprint is active on
 */
public record SecurityEvent(
    UUID id,
    Instant occurredAt,
    SecurityEventType type,
    Optional<UUID> accountId,
    Optional<String> email,
    Optional<String> ipAddress,
    Optional<String> userAgent,
    Optional<String> requestId,
    Map<String, String> details) {

  public SecurityEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(type, "type");
    accountId = accountId == null ? Optional.empty() : accountId;
    email = email == null ? Optional.empty() : email;
    ipAddress = ipAddress == null ? Optional.empty() : ipAddress;
    userAgent = userAgent == null ? Optional.empty() : userAgent;
    requestId = requestId == null ? Optional.empty() : requestId;
    details = details == null ? Map.of() : Map.copyOf(details);
  }

  /** An event with no details. */
  public SecurityEvent(
      UUID id,
      Instant occurredAt,
      SecurityEventType type,
      Optional<UUID> accountId,
      Optional<String> email,
      Optional<String> ipAddress,
      Optional<String> userAgent,
      Optional<String> requestId) {
    this(id, occurredAt, type, accountId, email, ipAddress, userAgent, requestId, Map.of());
  }
}
