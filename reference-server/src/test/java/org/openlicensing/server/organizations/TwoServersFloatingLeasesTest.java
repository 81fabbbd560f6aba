package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.licenses.PolicyPlansOverHttp;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.MovableClock;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

/**
 * Issue 6's third invariant with two servers on one PostgreSQL: devices of floating licenses
 * activate, heartbeat, go silent and stop on both servers at once while their leases die and both
 * servers cull, and no license ever has more live leases than its concurrency limit, in the table
 * or in what the servers answered. Time is a clock both servers share and the devices move on, a
 * window every few moves, so leases die at the same pace on a fast or a loaded machine.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersFloatingLeasesTest {
  private static final int LICENSES = 4;
  private static final int DEVICES_PER_LICENSE = 8;
  private static final int CONCURRENCY_LIMIT = 3;
  private static final Duration WINDOW = Duration.ofSeconds(60);
  private static final int MOVES_PER_DEVICE = 16;

  /**
   * The clock moves a quarter of a window each time the devices have made this many moves: about
   * two moves per device and window, so a lease often dies between two heartbeats.
   */
  private static final int MOVES_PER_TICK = 16;

  private static final Duration TICK = WINDOW.dividedBy(4);

  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @RegisterExtension
  final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private final MovableClock clock = new MovableClock();
  private TestServer first;
  private TestServer second;
  private Mailbox mailbox;

  @BeforeAll
  void startServers() throws IOException {
    // Whole seconds, so that every instant survives the table's microseconds and JSON unchanged.
    clock.advance(Duration.ofNanos(1_000_000_000L - clock.instant().getNano()));
    ServerDatabase database = ServerDatabase.postgres(DATABASE);
    int smtp = greenMail.getSmtp().getPort();
    Map<String, String> shared =
        Map.of(
            "LICENSING_DATA_DIR",
            Files.createTempDirectory("licensing-shared-").toString(),
            "LICENSING_PUBLIC_URL",
            "https://licensing.example.test",
            // Devices come back to activate again and again; the throttle is not under test.
            "LICENSING_ACTIVATION_LIMIT_PER_LICENSE",
            "1000000/1h");
    first = TestServer.start(database, smtp, shared, builder -> builder.clock(clock));
    second = TestServer.start(database, smtp, shared, builder -> builder.clock(clock));
    mailbox = new Mailbox(greenMail);
  }

  @AfterAll
  void stopServers() {
    if (first != null) {
      first.close();
    }
    if (second != null) {
      second.close();
    }
  }

  @Test
  void heartbeatsAndCullsOnTwoServersNeverHoldMoreLeasesThanTheConcurrencyLimit() throws Exception {
    RaceLog log = new RaceLog();
    LeaseTable table = new LeaseTable(DATABASE.dataSource());
    List<FloatingDevice> devices = devices(floatingLicenses(), table, log);
    LeaseCensus census = new LeaseCensus(table, devices, clock, CONCURRENCY_LIMIT, log);
    AtomicLong culled = new AtomicLong();

    long started = System.nanoTime();
    race(devices, census, culled, log);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    census.take();

    // Figures for whoever reads the test's output; only behaviour is asserted.
    System.out.printf(
        "floating race: %d devices on %d licenses (limit %d), %d moves in %d ms, %d leases culled"
            + " by the test's culls, %d samples, at most %d live leases stored and %d promised per"
            + " license; answers %s%n",
        devices.size(),
        LICENSES,
        CONCURRENCY_LIMIT,
        devices.size() * MOVES_PER_DEVICE,
        millis,
        culled.get(),
        census.samples(),
        census.mostStored(),
        census.mostPromised(),
        log.counts());
    assertThat(log.problems()).isEmpty();
    assertThat(census.mostStored()).isLessThanOrEqualTo(CONCURRENCY_LIMIT);
    assertThat(census.mostPromised()).isLessThanOrEqualTo(CONCURRENCY_LIMIT);
    assertThat(census.samples())
        .isGreaterThanOrEqualTo(devices.size() * MOVES_PER_DEVICE / MOVES_PER_TICK);
    assertThat(log.count("activate 201")).isPositive();
    assertThat(log.count("heartbeat 200")).isPositive();
    // At rest, the table's live leases are exactly those the devices were last promised.
    Instant end = clock.instant();
    assertThat(liveStored(table, end)).isEqualTo(livePromised(devices, end));

    culledDevicesTakeLeasesAgain(devices, table);

    assertThat(log.problems()).isEmpty();
    assertThat(log.count("activate 409 CONCURRENCY_LIMIT_REACHED")).isPositive();
    assertThat(log.count("heartbeat 409 HEARTBEAT_DEAD")).isPositive();
  }

  /** The licenses of a new floating plan, bought by a new customer: id and key of each. */
  private Map<UUID, String> floatingLicenses() {
    Customer owner = Customer.signUp(first.api(), mailbox);
    String plan =
        new PolicyPlansOverHttp(first.api())
            .created(
                PolicyPlansOverHttp.policy(
                    DEVICES_PER_LICENSE,
                    Map.of(
                        "floating",
                        true,
                        "concurrencyLimit",
                        CONCURRENCY_LIMIT,
                        "heartbeatWindowSeconds",
                        WINDOW.toSeconds())));
    Map<UUID, String> licenses = new HashMap<>();
    for (JsonNode license : PolicyPlansOverHttp.bought(owner, plan, LICENSES)) {
      licenses.put(UUID.fromString(license.get("id").asText()), license.get("key").asText());
    }
    return licenses;
  }

  /** As many devices per license as its device limit, each with an address of its own. */
  private List<FloatingDevice> devices(Map<UUID, String> licenses, LeaseTable table, RaceLog log) {
    List<FloatingDevice> devices = new ArrayList<>();
    for (Map.Entry<UUID, String> license : licenses.entrySet()) {
      for (int d = 0; d < DEVICES_PER_LICENSE; d++) {
        String address = "10.77." + devices.size() + ".1";
        List<ApiClient> both =
            List.of(
                new ApiClient(URI.create("http://localhost:" + first.server().port()), address),
                new ApiClient(URI.create("http://localhost:" + second.server().port()), address));
        devices.add(
            new FloatingDevice(
                license.getKey(),
                license.getValue(),
                "floating-" + devices.size(),
                both,
                clock,
                WINDOW,
                table,
                log,
                devices.size()));
      }
    }
    return devices;
  }

  /**
   * Every device makes its moves on a thread of its own, all starting at once, while one thread
   * samples the census and another culls on both servers in turn. Each tick of the clock is sampled
   * too, just before it.
   */
  private void race(
      List<FloatingDevice> devices, LeaseCensus census, AtomicLong culled, RaceLog log)
      throws Exception {
    AtomicInteger moves = new AtomicInteger();
    List<Callable<Void>> work = new ArrayList<>();
    for (FloatingDevice device : devices) {
      work.add(
          () -> {
            for (int m = 0; m < MOVES_PER_DEVICE; m++) {
              device.move();
              if (moves.incrementAndGet() % MOVES_PER_TICK == 0) {
                synchronized (clock) {
                  census.take();
                  clock.advance(TICK);
                }
              }
            }
            return null;
          });
    }
    ExecutorService watchers = Executors.newFixedThreadPool(2);
    AtomicInteger running = new AtomicInteger(1);
    try {
      Future<?> sampling = watchers.submit(() -> repeat(running, log, "sampling", census::take));
      Future<?> culling =
          watchers.submit(
              () ->
                  repeat(
                      running,
                      log,
                      "culling",
                      () -> {
                        culled.addAndGet(first.server().licensing().leaseCulling().runDue());
                        culled.addAndGet(second.server().licensing().leaseCulling().runDue());
                      }));
      Concurrently.race(work);
      running.set(0);
      sampling.get(30, TimeUnit.SECONDS);
      culling.get(30, TimeUnit.SECONDS);
    } finally {
      running.set(0);
      watchers.shutdownNow();
    }
  }

  private static void repeat(AtomicInteger running, RaceLog log, String name, Runnable step) {
    while (running.get() == 1) {
      try {
        step.run();
        Thread.sleep(2);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.problem(name + " failed: " + e);
      }
    }
  }

  private static Map<UUID, Instant> liveStored(LeaseTable table, Instant at) {
    return table.leases().stream()
        .filter(l -> l.expiresAt().isAfter(at))
        .collect(Collectors.toMap(LeaseTable.Lease::activationId, LeaseTable.Lease::expiresAt));
  }

  private static Map<UUID, Instant> livePromised(List<FloatingDevice> devices, Instant at) {
    return devices.stream()
        .flatMap(d -> d.promise().stream())
        .filter(p -> p.until().isAfter(at))
        .collect(
            Collectors.toMap(FloatingDevice.Promise::activationId, FloatingDevice.Promise::until));
  }

  /**
   * After the race, step by step on every license: its leases die and are culled, the culled
   * devices' heartbeats are refused, and they take leases again up to the limit, a newcomer first.
   */
  private void culledDevicesTakeLeasesAgain(List<FloatingDevice> devices, LeaseTable table) {
    Map<UUID, List<FloatingDevice>> byLicense =
        devices.stream().collect(Collectors.groupingBy(FloatingDevice::licenseId));
    clock.advance(WINDOW);
    first.server().licensing().leaseCulling().runDue();
    for (List<FloatingDevice> ofLicense : byLicense.values()) {
      for (FloatingDevice device : ofLicense.subList(0, CONCURRENCY_LIMIT)) {
        assertThat(device.activate()).as("%s", device).isEqualTo(FloatingDevice.LEASED);
      }
    }
    clock.advance(WINDOW);
    // The servers' own culling job may have come first: the table tells what is culled.
    second.server().licensing().leaseCulling().runDue();
    assertThat(table.leases()).isEmpty();
    for (List<FloatingDevice> ofLicense : byLicense.values()) {
      List<FloatingDevice> culled = ofLicense.subList(0, CONCURRENCY_LIMIT);
      for (FloatingDevice device : culled) {
        assertThat(device.heartbeat()).as("%s", device).isEqualTo("HEARTBEAT_DEAD");
      }
      assertThat(ofLicense.get(CONCURRENCY_LIMIT).activate()).isEqualTo(FloatingDevice.LEASED);
      for (FloatingDevice device : culled.subList(0, CONCURRENCY_LIMIT - 1)) {
        assertThat(device.activate()).as("%s", device).isEqualTo(FloatingDevice.LEASED);
      }
      assertThat(culled.get(CONCURRENCY_LIMIT - 1).activate())
          .isEqualTo("CONCURRENCY_LIMIT_REACHED");
    }
    assertThat(liveStored(table, clock.instant())).hasSize(LICENSES * CONCURRENCY_LIMIT);
  }
}
