package org.openlicensing.api.client;

import java.util.Objects;
import java.util.Optional;
import org.openlicensing.api.tokens.LicenseTokenClaims;

/**
 * The answer of {@link LicenseClient#checkOffline()}: a status, the verified claims when (and only
 * when) it is {@link OfflineStatus#VALID}, and a sentence for logs.
 */
public record OfflineCheck(
    OfflineStatus status, Optional<LicenseTokenClaims> claims, String detail) {

  public OfflineCheck {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(claims, "claims");
    Objects.requireNonNull(detail, "detail");
    if (status.isValid() != claims.isPresent()) {
      throw new IllegalArgumentException("claims come with VALID, and only with VALID");
    }
  }

  static OfflineCheck valid(LicenseTokenClaims claims) {
    return new OfflineCheck(
        OfflineStatus.VALID, Optional.of(claims), "valid until " + claims.expiresAt());
  }

  static OfflineCheck refused(OfflineStatus status, String detail) {
    return new OfflineCheck(status, Optional.empty(), detail);
  }

  public boolean valid() {
    return status.isValid();
  }
}
