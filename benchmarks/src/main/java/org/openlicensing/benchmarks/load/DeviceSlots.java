package org.openlicensing.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.openlicensing.benchmarks.support.Report;

/**
 * The free device slots that the activation runs use up, one per request: enterprise licenses
 * bought through the API, taken in turn by consecutive runs on the licensing server (so that they
 * fill evenly), and more bought between windows before a run could find them full. The run name in
 * every fingerprint keeps fingerprints apart even where the sequence overlaps the requests in
 * flight at a run's end. The bare server's runs reuse the same keys from the start: nothing is
 * stored there.
 */
final class DeviceSlots {
  static final int SEATS = Integer.getInteger("bench.load.seats", 10_000);

  private final LicensingApi api;
  private final String organization;
  private final Path work;
  private final Wrk wrk;
  private final Set<String> known = new HashSet<>();

  private Path keysFile;
  private int keyCount;
  private int deviceLimit;
  private long next;
  private int files;
  private int runs;
  private int runsOnLicensing;
  private long successes;
  private double fastestRate;

  DeviceSlots(LicensingApi api, String organization, Path work, Wrk wrk) {
    this.api = api;
    this.organization = organization;
    this.work = work;
    this.wrk = wrk;
  }

  /** Buys 10,000 enterprise seats per subscription; returns the keys of the new licenses. */
  List<String> buy(int subscriptions) {
    for (int i = 0; i < subscriptions; i++) {
      api.subscribe(organization, "enterprise", SEATS);
    }
    List<String> fresh = new ArrayList<>();
    for (JsonNode license : api.licenses()) {
      String key = license.get("key").asText();
      if (known.add(key)) {
        fresh.add(key);
        deviceLimit = license.get("maxActivations").asInt();
      }
    }
    if (fresh.size() != subscriptions * SEATS) {
      throw new IllegalStateException(
          "expected " + subscriptions * SEATS + " new licenses, got " + fresh.size());
    }
    return fresh;
  }

  /** From now on the activation runs take these licenses, from the first. */
  void use(List<String> keys) throws IOException {
    files++;
    keysFile = work.resolve("activation-keys-" + files + ".txt");
    Files.write(keysFile, keys);
    keyCount = keys.size();
    next = 0;
  }

  /** Buys more seats unless the licenses in use have room for {@code activations} more. */
  void ensureRoomFor(long activations) throws IOException {
    long room = (long) keyCount * deviceLimit - next;
    if (room >= activations) {
      return;
    }
    int subscriptions = (int) Math.ceil(activations / (0.9 * SEATS * deviceLimit));
    long started = System.nanoTime();
    use(buy(subscriptions));
    Report.progress(
        "load: bought "
            + subscriptions * SEATS
            + " more seats for "
            + activations
            + " activations in "
            + Duration.ofNanos(System.nanoTime() - started).toSeconds()
            + " s");
  }

  /**
   * Room for a run of {@code duration} at {@code factor} times the fastest licensing run so far (at
   * least 3,000 a second): the rate of the next window may well double on a shared machine.
   */
  void ensureRoomFor(Duration duration, double factor) throws IOException {
    ensureRoomFor((long) (Math.max(fastestRate, 3_000) * duration.toSeconds() * factor));
  }

  Wrk.Result run(ChildServer server, Duration duration, boolean licensing) {
    runs++;
    Wrk.Result result =
        wrk.activations(server.base(), duration, keysFile, licensing ? next : 0, "r" + runs);
    if (licensing) {
      // Each thread numbers its requests first + sent * threads + id; one thread may run ahead.
      next += result.requests() + result.requests() / 20 + 1_000;
      successes += result.successes();
      runsOnLicensing++;
      fastestRate = Math.max(fastestRate, result.requestsPerSecond());
    }
    return result;
  }

  long successes() {
    return successes;
  }

  int runsOnLicensing() {
    return runsOnLicensing;
  }

  int licenses() {
    return known.size();
  }
}
