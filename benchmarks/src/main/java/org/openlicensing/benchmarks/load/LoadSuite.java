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
 * server's activation limits are raised by its configuration ({@link #SERVER_CONFIGURATION}) so
 * that one load generator on one address is not refused; every request still goes through the
 * limiter.
 */
public final class LoadSuite {
  private static final String ADMIN_EMAIL = "bench-admin@openlicensing.local";
  private static final String ADMIN_PASSWORD = "Quiet-harbor-lanterns-1987";
  private static final int ROUNDS = Integer.getInteger("bench.load.rounds", 3);
  private static final Duration WINDOW =
      Duration.ofSeconds(Integer.getInteger("bench.load.seconds", 10));
  private static final Duration SETTLE = Duration.ofSeconds(2);
  private static final Duration WARM_UP = Duration.ofSeconds(10);

  /**
   * The licensing server warms up in steps of a validation window and an activation window, each
   * this long, until both rates are within {@link #STEADY} of the step before (at least two steps,
   * at most {@code bench.load.warmUpSteps}): on two busy cores its JIT compilers need a minute or
   * more, and rates measured before they are done say more about the compilers than the server.
   */
  private static final Duration WARM_UP_STEP = Duration.ofSeconds(6);

  private static final int WARM_UP_STEPS = Integer.getInteger("bench.load.warmUpSteps", 10);
  private static final double STEADY = 0.10;
  private static final int VALIDATING_DEVICES = 1_000;

  /**
   * The reference server's configuration for the load run, beyond its data directory and admin: the
   * activation limits (100 per license and 1,000 per client address an hour by default) raised to
   * the most the configuration takes, since wrk sends every activation from one address. The
   * limiter still takes from both buckets on every activation.
   */
  static final Map<String, String> SERVER_CONFIGURATION =
      Map.of(
          "LICENSING_ACTIVATION_LIMIT_PER_LICENSE", "1000000/1h",
          "LICENSING_ACTIVATION_LIMIT_PER_IP", "1000000/1h");

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
    Map<String, String> environment = new java.util.TreeMap<>(SERVER_CONFIGURATION);
    environment.put("LICENSING_DATA_DIR", dataDirectory.toString());
    environment.put("LICENSING_ADMIN_EMAIL", ADMIN_EMAIL);
    environment.put("LICENSING_ADMIN_PASSWORD", ADMIN_PASSWORD);
    report.detail(
        "Load run: the reference server started with "
            + SERVER_CONFIGURATION.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> "`" + e.getKey() + "=" + e.getValue() + "`")
                .collect(java.util.stream.Collectors.joining(" and "))
            + " (defaults 100/1h and 1000/1h: wrk sends every activation from one address),"
            + " embedded H2 in a fresh data directory, JVM options "
            + ChildServer.JVM_OPTIONS
            + " for both servers.");
    try (ChildServer licensing = ChildServer.start("licensing", work, environment);
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
    // JIT and pools warm on both servers and both endpoints before anything counts: the bare
    // server's little code for a fixed time, the licensing server's until its rates settle.
    wrk.validations(bare.base(), WARM_UP, seeded.validationPairs());
    activations.run(bare, WARM_UP, false);
    warmUntilSteady(wrk, licensing, seeded);
    Series validations = new Series();
    Series activated = new Series();
    List<String> windows = new ArrayList<>();
    // Round 0 is one more warm-up, run exactly as the others and shown, but not counted: on two
    // busy cores the JIT compilers are still at work for a while after the first requests.
    for (int round = 0; round <= ROUNDS; round++) {
      List<ChildServer> order =
          round % 2 == 1 ? List.of(bare, licensing) : List.of(licensing, bare);
      Series validationSeries = round == 0 ? new Series() : validations;
      Series activationSeries = round == 0 ? new Series() : activated;
      for (ChildServer server : order) {
        wrk.validations(server.base(), SETTLE, seeded.validationPairs());
        Duration cpuBefore = server.cpuTime();
        Wrk.Result result = wrk.validations(server.base(), WINDOW, seeded.validationPairs());
        windows.add(
            validationSeries.add(round, server, server == bare, "validations", result, cpuBefore));
      }
      for (ChildServer server : order) {
        if (server == licensing) {
          activations.ensureRoomFor(SETTLE.plus(WINDOW), 2.5);
        }
        activations.run(server, SETTLE, server == licensing);
        Duration cpuBefore = server.cpuTime();
        Wrk.Result result = activations.run(server, WINDOW, server == licensing);
        windows.add(
            activationSeries.add(round, server, server == bare, "activations", result, cpuBefore));
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

  private void warmUntilSteady(Wrk wrk, ChildServer licensing, Seeded seeded) throws Exception {
    DeviceSlots activations = seeded.slots();
    double lastValidations = 0;
    double lastActivations = 0;
    long started = System.nanoTime();
    for (int step = 1; step <= WARM_UP_STEPS; step++) {
      double validations =
          wrk.validations(licensing.base(), WARM_UP_STEP, seeded.validationPairs())
              .requestsPerSecond();
      activations.ensureRoomFor(WARM_UP_STEP, 2.5);
      double activated = activations.run(licensing, WARM_UP_STEP, true).requestsPerSecond();
      boolean steady =
          step >= 2
              && Math.abs(validations / lastValidations - 1) <= STEADY
              && Math.abs(activated / lastActivations - 1) <= STEADY;
      Report.progress(
          "load: warm-up step "
              + step
              + " on the licensing server: "
              + Comparison.format(validations)
              + " validations/s, "
              + Comparison.format(activated)
              + " activations/s"
              + (steady ? ", steady" : ""));
      lastValidations = validations;
      lastActivations = activated;
      if (steady) {
        report.detail(
            "Load run: the licensing server's rates settled after "
                + step
                + " warm-up steps ("
                + Duration.ofNanos(System.nanoTime() - started).toSeconds()
                + " s).");
        return;
      }
    }
    report.detail(
        "Load run: the licensing server's rates had not settled within 10% after "
            + WARM_UP_STEPS
            + " warm-up steps; measuring anyway.");
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
      Report.progress(
          "load round "
              + round
              + (round == 0 ? " (warm-up)" : "")
              + ": "
              + name
              + " "
              + endpoint
              + " "
              + Comparison.format(result.requestsPerSecond())
              + " requests/s, "
              + Comparison.format(cpuMicros)
              + " µs CPU/request");
      (isBare ? bareRate : rate).add(result.requestsPerSecond());
      (isBare ? bareCpu : cpu).add(cpuMicros);
      return "| "
          + (round == 0 ? "0 (warm-up, not counted)" : round)
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
