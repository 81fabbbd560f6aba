package org.openlicensing.server.organizations;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Counts the live leases of each license at a moment, twice: as stored in the table, and as the
 * servers promised them to the devices. Neither count may pass the concurrency limit.
 *
 * <p>The time is read after both: every lease written or promised before it was judged by a server
 * at a time no later than it, so at that time the leases fit the limit. A time read first could
 * count a lease that died before another was taken in its place, which is no fault.
 */
final class LeaseCensus {
  private final LeaseTable table;
  private final List<FloatingDevice> devices;
  private final Clock clock;
  private final int limit;
  private final RaceLog log;
  private int samples;
  private int mostStored;
  private int mostPromised;

  LeaseCensus(LeaseTable table, List<FloatingDevice> devices, Clock clock, int limit, RaceLog log) {
    this.table = table;
    this.devices = devices;
    this.clock = clock;
    this.limit = limit;
    this.log = log;
  }

  synchronized void take() {
    List<LeaseTable.Lease> stored = table.leases();
    List<FloatingDevice.Promise> promised =
        devices.stream().flatMap(d -> d.promise().stream()).toList();
    Instant now = clock.instant();
    Map<UUID, Integer> storedLive =
        liveByLicense(stored, LeaseTable.Lease::licenseId, LeaseTable.Lease::expiresAt, now);
    Map<UUID, Integer> promisedLive =
        liveByLicense(
            promised, FloatingDevice.Promise::licenseId, FloatingDevice.Promise::until, now);
    samples++;
    for (int live : storedLive.values()) {
      mostStored = Math.max(mostStored, live);
    }
    for (int live : promisedLive.values()) {
      mostPromised = Math.max(mostPromised, live);
    }
    storedLive.forEach((license, live) -> check("stored", license, live, now));
    promisedLive.forEach((license, live) -> check("promised", license, live, now));
  }

  private void check(String kind, UUID license, int live, Instant now) {
    if (live > limit) {
      log.problem(live + " leases " + kind + " alive at " + now + " for license " + license);
    }
  }

  private static <T> Map<UUID, Integer> liveByLicense(
      List<T> leases, Function<T, UUID> license, Function<T, Instant> until, Instant now) {
    Map<UUID, Integer> live = new HashMap<>();
    for (T lease : leases) {
      if (until.apply(lease).isAfter(now)) {
        live.merge(license.apply(lease), 1, Integer::sum);
      }
    }
    return live;
  }

  synchronized int samples() {
    return samples;
  }

  /** The most live leases one license had in the table at a sampled moment. */
  synchronized int mostStored() {
    return mostStored;
  }

  /** The most live leases the servers had promised on one license at a sampled moment. */
  synchronized int mostPromised() {
    return mostPromised;
  }
}
