package org.openlicensing.api.licenses;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.openlicensing.api.offline.ArmoredText;
import org.openlicensing.api.offline.OfflineFiles;

/** A signed license file for one device: a license token, armored. */
public record LicenseFile(UUID licenseId, UUID activationId, String token, Instant expiresAt) {
  public LicenseFile {
    Objects.requireNonNull(licenseId, "licenseId");
    Objects.requireNonNull(activationId, "activationId");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /** The file's text, between its BEGIN and END lines. */
  public String armored() {
    return ArmoredText.armor(OfflineFiles.LICENSE_FILE, token);
  }

  /** A name to save it under. */
  public String fileName() {
    return "license-" + licenseId + OfflineFiles.LICENSE_FILE_EXTENSION;
  }
}
