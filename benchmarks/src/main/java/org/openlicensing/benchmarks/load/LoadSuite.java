package org.openlicensing.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openlicensing.benchmarks.support.Comparison;
import org.openlicensing.benchmarks.support.Report;
import org.openlicensing.benchmarks.support.WorkFiles;

/**
 * {@code POST /v1/validations} and {@code POST /v1/activations} on the reference server (embedded
 * H2) against the same two endpoints on bare Jersey-on-Grizzly returning constant JSON. Both
 * servers run at once, each in its own JVM started the same way; wrk drives them with the same
 * scripts, threads and connections, one after the other within each round (the order alternates),
 * so that every ratio compares two windows a few seconds apart.
 *
 * <p>The server is seeded through its API: the admin buys enterprise seats (5 devices each) with
 * the sandbox's {@code pm_card_visa}; 1,000 devices are activated for the validations. Every
 * activation under load sends a fingerprint never sent before, to licenses taken in turn, so each
 * one takes a new slot: the run checks at the end that the licenses hold as many activations as
 * were answered with success (give or take the requests in flight when wrk stopped counting). The
 * server's rate limits are scaled up so that one client address is not refused (see {@link
 * ServerUnderTest}).
 */
public final class LoadSuite {
  private static final String ADMIN_EMAIL = "bench-admin@openlicensing.local";
  private static final String ADMIN_PASSWORD = "Quiet-harbor-lanterns-1987";
  private static final int ROUNDS = Integer.getInteger("bench.load.rounds", 3);
  private static final Duration WINDOW =
      Duration.ofSeconds(Integer.getInteger("bench.load.seconds", 10));
  private static final Duration SETTLE = Duration.ofSeconds(2);
  private static final Duration WARM_UP = Duration.ofSeconds(15);
  private static final Duration ACTIVATION_WARM_UP = Duration.ofSeconds(10);
  private static final int VALIDATING_DEVICES = 1_000;

  private final Report report;
  private final Path work;
  private int failures;

  public LoadSuite(Report report, Path work) {
    this.report = report;
    this.work = work;
  }

  public void run() throws Exception {
    Wrk.requireInstalled();
    Path dataDirectory = work.resolve("licensing-data");
    WorkFiles.deleteRecursively(dataDirectory);
    Files.createDirectories(work);
    Wrk wrk = new Wrk(work.resolve("scripts"));
    try (ChildServer licensing =
            ChildServer.start(
                "licensing",
                work,
                Map.of(
                    "LICENSING_DATA_DIR", dataDirectory.toString(),
                    "LICENSING_ADMIN_EMAIL", ADMIN_EMAIL,
                    "LICENSING_ADMIN_PASSWORD", ADMIN_PASSWORD));
        ChildServer bare = ChildServer.start("bare", work, Map.of())) {
      licensing.awaitReady(Duration.ofSeconds(90));
      bare.awaitReady(Duration.ofSeconds(60));
      Report.progress(
          "load: licensing server pid "
              + licensing.pid()
              + " at "
              + licensing.base()
              + ", bare pid "
              + bare.pid()
              + " at "
              + bare.base());
      Seeded seeded = seed(new LicensingApi(licensing.base()), wrk);
      measure(wrk, licensing, bare, seeded);
    }
  }

  private record Seeded(Path validationPairs, DeviceSlots slots) {}

  private Seeded seed(LicensingApi api, Wrk wrk) throws Exception {
    long started = System.nanoTime();
    api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    DeviceSlots slots = new DeviceSlots(api, api.personalOrganizationId(), work, wrk);
    List<String> keys = slots.buy(4);
    // Devices to validate: one activation on each of the first licenses.
    List<String> pairs = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<LicensingApi.Answer>> answers = new ArrayList<>();
      for (int i = 0; i < VALIDATING_DEVICES; i++) {
        String key = keys.get(i);
        String fingerprint = "validating-device-" + i;
        pairs.add(key + " " + fingerprint);
        answers.add(pool.submit(() -> api.activate(key, fingerprint)));
      }
      for (Future<LicensingApi.Answer> answer : answers) {
        answer.get().require(201, "seed activation");
      }
    } finally {
      pool.shutdown();
    }
    LicensingApi.Answer check = api.validate(keys.get(0), "validating-device-0");
    if (!"VALID".equals(check.require(200, "validation").get("code").asText())) {
      throw new IllegalStateException("a seeded device does not validate: " + check.body());
    }
    Path pairsFile = work.resolve("validation-pairs.txt");
    Files.write(pairsFile, pairs);
    slots.use(keys.subList(VALIDATING_DEVICES, keys.size()));
    Report.progress(
        "load: seeded "
            + keys.size()
            + " enterprise licenses and "
            + VALIDATING_DEVICES
            + " activations in "
            + Duration.ofNanos(System.nanoTime() - started).toSeconds()
            + " s");
    return new Seeded(pairsFile, slots);
  }

  private void measure(Wrk wrk, ChildServer licensing, ChildServer bare, Seeded seeded)
      throws Exception {
    DeviceSlots activations = seeded.slots();
    // JIT and pools warm on both servers and both endpoints before anything counts.
    for (ChildServer server : List.of(bare, licensing)) {
      wrk.validations(server.base(), WARM_UP, seeded.validationPairs());
    }
    activations.run(bare, WARM_UP, false);
    // Room for a generous 6,000 activations a second; later windows go by the measured rate.
    activations.ensureRoomFor(ACTIVATION_WARM_UP.toSeconds() * 6_000);
    activations.run(licensing, ACTIVATION_WARM_UP, true);
    Series validations = new Series();
    Series activated = new Series();
    List<String> windows = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      List<ChildServer> order =
          round % 2 == 1 ? List.of(bare, licensing) : List.of(licensing, bare);
      for (ChildServer server : order) {
        wrk.validations(server.base(), SETTLE, seeded.validationPairs());
        Duration cpuBefore = server.cpuTime();
        Wrk.Result result = wrk.validations(server.base(), WINDOW, seeded.validationPairs());
        windows.add(
            validations.add(round, server, server == bare, "validations", result, cpuBefore));
      }
      for (ChildServer server : order) {
        if (server == licensing) {
          activations.ensureRoomFor(SETTLE.plus(WINDOW), 2.5);
        }
        activations.run(server, SETTLE, server == licensing);
        Duration cpuBefore = server.cpuTime();
        Wrk.Result result = activations.run(server, WINDOW, server == licensing);
        windows.add(activated.add(round, server, server == bare, "activations", result, cpuBefore));
      }
    }
    report.add(
        new Comparison(
            "POST /v1/validations, reference server on embedded H2",
            "server",
            "bare Jersey/Grizzly",
            "requests/s",
            validations.rate,
            validations.bareRate,
            true,
            Optional.of(0.70),
            note()));
    report.add(
        new Comparison(
            "POST /v1/activations (each a new device), reference server on embedded H2",
            "server",
            "bare Jersey/Grizzly",
            "requests/s",
            activated.rate,
            activated.bareRate,
            true,
            Optional.of(0.40),
            note()));
    report.add(
        new Comparison(
            "CPU time of the server JVM per validation",
            "server",
            "bare Jersey/Grizzly",
            "µs/request",
            validations.cpu,
            validations.bareCpu,
            false,
            Optional.empty(),
            "all its threads, GC and JIT included; wrk's CPU not"));
    report.add(
        new Comparison(
            "CPU time of the server JVM per activation",
            "server",
            "bare Jersey/Grizzly",
            "µs/request",
            activated.cpu,
            activated.bareCpu,
            false,
            Optional.empty(),
            "as above"));
    StringBuilder detail =
        new StringBuilder(
            "Load run, per window (wrk latency percentiles; server and baseline alternate):\n\n"
                + "| round | server | endpoint | requests/s | requests | non-2xx | p50 ms | p99 ms |"
                + " server CPU µs/request |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
    windows.forEach(l -> detail.append(l).append('\n'));
    report.detail(detail.toString());
    verifyActivations(
        licensing, activations.successes(), activations.runsOnLicensing(), activations.licenses());
  }

  private String note() {
    return "wrk -t"
        + Wrk.THREADS
        + " -c"
        + Wrk.CONNECTIONS
        + ", "
        + WINDOW.toSeconds()
        + " s windows"
        + (failures > 0 ? "; " + failures + " INVALID windows (see below)" : "");
  }

  /** Failed requests would make a rate that does not count the work asked for: say so loudly. */
  private void flagFailures(Wrk.Result result, String what) {
    if (result.non2xx() > 0 || result.socketErrors() > 0) {
      failures++;
      report.detail(
          "**INVALID WINDOW** "
              + what
              + ": "
              + result.non2xx()
              + " answers were not 2xx and "
              + result.socketErrors()
              + " socket errors.\n\n```\n"
              + result.output()
              + "```");
    }
  }

  /** The measured windows of one endpoint, on the server and on the bare baseline. */
  private final class Series {
    final List<Double> rate = new ArrayList<>();
    final List<Double> bareRate = new ArrayList<>();
    final List<Double> cpu = new ArrayList<>();
    final List<Double> bareCpu = new ArrayList<>();

    /** Records a window; returns its line for the table. */
    String add(
        int round,
        ChildServer server,
        boolean isBare,
        String endpoint,
        Wrk.Result result,
        Duration cpuBefore) {
      double cpuMicros =
          server.cpuTime().minus(cpuBefore).toNanos() / 1e3 / Math.max(1, result.requests());
      String name = isBare ? "bare" : "licensing";
      flagFailures(result, endpoint + " on the " + name + " server");
      (isBare ? bareRate : rate).add(result.requestsPerSecond());
      (isBare ? bareCpu : cpu).add(cpuMicros);
      return "| "
          + round
          + " | "
          + name
          + " | "
          + endpoint
          + " | "
          + Comparison.format(result.requestsPerSecond())
          + " | "
          + result.requests()
          + " | "
          + result.non2xx()
          + " | "
          + Comparison.format(result.p50Millis())
          + " | "
          + Comparison.format(result.p99Millis())
          + " | "
          + Comparison.format(cpuMicros)
          + " |";
    }
  }

  /**
   * The licenses must hold exactly one activation per successful request (plus the seeded ones):
   * then every activation measured was a new one, not the same fingerprint answered again.
   */
  private void verifyActivations(ChildServer licensing, long successes, int runs, int licenses) {
    LicensingApi api = new LicensingApi(licensing.base());
    api.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    long held = 0;
    int most = 0;
    for (JsonNode license : api.licenses()) {
      int count = license.get("activations").asInt();
      held += count;
      most = Math.max(most, count);
    }
    long expected = successes + VALIDATING_DEVICES;
    // wrk stops counting with requests still on the wire; the server may complete them.
    long inFlight = (long) runs * Wrk.CONNECTIONS;
    boolean consistent = held >= expected && held <= expected + inFlight;
    String line =
        "Activation check: the "
            + licenses
            + " licenses hold "
            + held
            + " active devices (at most "
            + most
            + " on one license); "
            + VALIDATING_DEVICES
            + " seeded + "
            + successes
            + " activation requests answered 2xx = "
            + expected
            + " (up to "
            + inFlight
            + " more may have completed after wrk stopped counting)"
            + (consistent
                ? ": every activation measured took a new slot."
                : ": MISMATCH, some answers did not take a new slot.");
    report.detail(line);
    if (!consistent) {
      failures++;
    }
  }
}
