package org.openlicensing.api.client;

import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;
import org.openlicensing.api.client.WireFormat.GrantedToken;
import org.openlicensing.api.offline.ActivationRequestFile;
import org.openlicensing.api.offline.ArmoredText;
import org.openlicensing.api.offline.OfflineFiles;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokens;

/**
 * The device's side of files carried by hand: writes activation requests, and takes license files
 * and activation responses into the cache once they pass the same offline check as a token from the
 * server, the response also naming the pending request's nonce.
 */
final class OfflineFileImport {
  private final DeviceLicenseStore store;
  private final OfflineTokenCheck offline;
  private final PendingRequest pending;
  private final Clock clock;

  OfflineFileImport(
      DeviceLicenseStore store, OfflineTokenCheck offline, PendingRequest pending, Clock clock) {
    this.store = store;
    this.offline = offline;
    this.pending = pending;
    this.clock = clock;
  }

  String request(
      String licenseKey, String fingerprint, Optional<String> name, Optional<String> platform)
      throws LicenseClientException {
    String nonce = ActivationRequestFile.newNonce();
    ActivationRequestFile file =
        new ActivationRequestFile(licenseKey, fingerprint, nonce, name, platform, clock.instant());
    try {
      pending.remember(nonce);
    } catch (IOException e) {
      throw LicenseClientException.client(
          LicenseClientException.CACHE_ERROR, "cannot remember the request: " + e, e);
    }
    return file.armored();
  }

  DeviceActivation licenseFile(String text) throws LicenseClientException {
    String token = unarmor(OfflineFiles.LICENSE_FILE, text);
    return store.keep(granted(token), 0, false);
  }

  DeviceActivation response(String text) throws LicenseClientException {
    String token = unarmor(OfflineFiles.ACTIVATION_RESPONSE, text);
    Optional<String> expected;
    try {
      expected = pending.nonce();
    } catch (IOException e) {
      throw LicenseClientException.client(
          LicenseClientException.CACHE_ERROR, "cannot read the pending request: " + e, e);
    }
    GrantedToken granted = granted(token);
    if (expected.isEmpty() || !expected.get().equals(nonceOf(token))) {
      throw LicenseClientException.client(
          LicenseClientException.RESPONSE_MISMATCH,
          expected.isEmpty()
              ? "this device has no pending activation request"
              : "the response answers another request than this device's latest",
          null);
    }
    DeviceActivation activation = store.keep(granted, 0, false);
    try {
      pending.clear();
    } catch (IOException e) {
      // The activation is cached; a stale nonce only makes a replay of this response harmless.
    }
    return activation;
  }

  /** The token's ids, once it passed the offline check (which {@code keep} repeats). */
  private GrantedToken granted(String token) throws LicenseClientException {
    OfflineCheck check = offline.verify(token);
    if (!check.valid()) {
      throw LicenseClientException.tokenRefused(0, check);
    }
    LicenseTokenClaims claims = check.claims().orElseThrow();
    return new GrantedToken(claims.activationId(), Optional.of(claims.licenseId()), token);
  }

  private static String nonceOf(String verifiedToken) throws LicenseClientException {
    try {
      return SignedJWT.parse(verifiedToken)
          .getJWTClaimsSet()
          .getStringClaim(LicenseTokens.CLAIM_NONCE);
    } catch (ParseException e) {
      throw invalid(e);
    }
  }

  private static String unarmor(String label, String text) throws LicenseClientException {
    try {
      return ArmoredText.unarmor(label, text);
    } catch (ParseException e) {
      throw invalid(e);
    }
  }

  private static LicenseClientException invalid(ParseException e) {
    return LicenseClientException.client(LicenseClientException.FILE_INVALID, e.getMessage(), e);
  }
}
