package org.openlicensing.api.client;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.openlicensing.api.licenses.ValidationCode;

/**
 * The server's answer to {@code POST /v1/validations}. The code is kept as the server sent it, so
 * that a device built today still reads an answer with a code added later; {@link #knownCode()}
 * maps it to the codes this version knows.
 *
 * @param code the server's validation code, such as {@code VALID} or {@code NOT_ACTIVATED}
 * @param valid whether the device may run, as the server decided
 * @param licenseId the license, absent when the key is unknown
 * @param plan the license's plan, when the server named it
 * @param expiresAt when the license expires, absent for unknown keys and licenses without end
 * @param entitlements what the license grants; empty when the server named none
 * @param overage whether the license is valid only thanks to its overage allowance
 */
public record OnlineValidation(
    String code,
    boolean valid,
    Optional<UUID> licenseId,
    Optional<String> plan,
    Optional<Instant> expiresAt,
    Set<String> entitlements,
    boolean overage) {

  public OnlineValidation {
    if (code == null || code.isBlank()) {
      throw new IllegalArgumentException("a validation has a code");
    }
    Objects.requireNonNull(licenseId, "licenseId");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(expiresAt, "expiresAt");
    entitlements = Set.copyOf(entitlements);
  }

  /** The code as this version of the api knows it; empty for a code added to the server later. */
  public Optional<ValidationCode> knownCode() {
    return Arrays.stream(ValidationCode.values())
        .filter(known -> known.name().equals(code))
        .findFirst();
  }
}
