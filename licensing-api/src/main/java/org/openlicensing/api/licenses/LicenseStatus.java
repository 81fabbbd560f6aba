package org.openlicensing.api.licenses;

/**
 * The stored state of a license. A license that is ACTIVE but past its expiry (and grace) counts as
 * expired; validation reports that as {@link ValidationCode#EXPIRED}.
 */
public enum LicenseStatus {
  ACTIVE,
  SUSPENDED,
  EXPIRED,
  REVOKED
}
