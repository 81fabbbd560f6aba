package org.openlicensing.api.client;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.openlicensing.api.client.TokenCache.UnusableCacheException;
import org.openlicensing.api.client.WireFormat.GrantedToken;
import org.openlicensing.api.tokens.LicenseTokenClaims;

/**
 * The device's license at rest: what goes into the cache (only tokens that pass the offline check),
 * and the offline check of what is there, which moves the last-seen time forward. One lock
 * serializes every read-check-write, so that a check and an activation never interleave.
 */
final class DeviceLicenseStore {
  private final TokenCache cache;
  private final OfflineTokenCheck offline;
  private final Clock clock;
  private final Object lock = new Object();

  DeviceLicenseStore(TokenCache cache, OfflineTokenCheck offline, Clock clock) {
    this.cache = cache;
    this.offline = offline;
    this.clock = clock;
  }

  OfflineCheck check() {
    synchronized (lock) {
      Optional<CachedLicense> read;
      try {
        read = cache.read();
      } catch (IOException e) {
        return OfflineCheck.refused(OfflineStatus.CACHE_UNREADABLE, e.toString());
      } catch (UnusableCacheException e) {
        return OfflineCheck.refused(e.status(), e.getMessage());
      }
      if (read.isEmpty()) {
        return OfflineCheck.refused(OfflineStatus.NOT_ACTIVATED, "no token is cached");
      }
      CachedLicense cached = read.get();
      OfflineCheck check = offline.check(cached);
      CachedLicense seen = cached.seenAt(clock.instant());
      if (check.valid() && seen != cached) {
        try {
          cache.write(seen);
        } catch (IOException e) {
          // Best effort: refusing to run because a disk is read-only would punish the honest;
          // the time is remembered at the next check that can write.
        }
      }
      return check;
    }
  }

  /** Verifies the server's fresh token as the offline check will, then caches it. */
  DeviceActivation keep(GrantedToken granted, int status, boolean newSlot)
      throws LicenseClientException {
    OfflineCheck check = offline.verify(granted.token());
    if (!check.valid()) {
      throw LicenseClientException.tokenRefused(status, check);
    }
    LicenseTokenClaims claims = check.claims().orElseThrow();
    boolean otherLicense =
        granted.licenseId().filter(id -> !id.equals(claims.licenseId())).isPresent();
    if (otherLicense || !granted.activationId().equals(claims.activationId())) {
      throw LicenseClientException.tokenRefused(
          status,
          OfflineCheck.refused(
              OfflineStatus.LICENSE_MISMATCH, "the token names another license or activation"));
    }
    synchronized (lock) {
      try {
        // A fresh token that verified proves the clock agrees with the server's: the last-seen
        // time starts again from now, which also heals a clock that was once set ahead.
        cache.write(
            new CachedLicense(
                granted.token(), granted.activationId(), claims.licenseId(), clock.instant()));
      } catch (IOException e) {
        throw LicenseClientException.client(
            LicenseClientException.CACHE_ERROR, "cannot write the cache: " + e, e);
      }
    }
    return new DeviceActivation(granted.activationId(), claims, newSlot);
  }

  /** The cached activation, whatever its token's state: deactivating needs only its id. */
  CachedLicense activation() throws LicenseClientException {
    synchronized (lock) {
      try {
        return cache
            .read()
            .orElseThrow(
                () ->
                    LicenseClientException.client(
                        LicenseClientException.NOT_ACTIVATED, "no activation is cached", null));
      } catch (UnusableCacheException e) {
        throw LicenseClientException.client(
            LicenseClientException.NOT_ACTIVATED, "the cache is unusable: " + e.getMessage(), e);
      } catch (IOException e) {
        throw LicenseClientException.client(
            LicenseClientException.CACHE_ERROR, "cannot read the cache: " + e, e);
      }
    }
  }

  void forget() throws LicenseClientException {
    synchronized (lock) {
      try {
        cache.delete();
      } catch (IOException e) {
        throw LicenseClientException.client(
            LicenseClientException.CACHE_ERROR, "cannot remove the cache: " + e, e);
      }
    }
  }
}
