package org.openlicensing.server.organizations;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;

/**
 * A device on a floating license, behind a load balancer: each request goes to one server or the
 * other. It remembers what the servers last promised it (a lease until some instant), checks every
 * answer against the rules and the stored row, and writes what it saw to the {@link RaceLog}.
 */
final class FloatingDevice {
  /** What a request that got a lease returns; a refusal returns its problem's code. */
  static final String LEASED = "LEASED";

  private static final byte[] EMPTY_JSON = "{}".getBytes(StandardCharsets.UTF_8);

  private final UUID licenseId;
  private final String licenseKey;
  private final String fingerprint;
  private final List<ApiClient> servers;
  private final Clock clock;
  private final Duration window;
  private final LeaseTable table;
  private final RaceLog log;
  private final Random random;

  private volatile UUID activationId;
  private volatile Instant promisedUntil;

  FloatingDevice(
      UUID licenseId,
      String licenseKey,
      String fingerprint,
      List<ApiClient> servers,
      Clock clock,
      Duration window,
      LeaseTable table,
      RaceLog log,
      long seed) {
    this.licenseId = licenseId;
    this.licenseKey = licenseKey;
    this.fingerprint = fingerprint;
    this.servers = servers;
    this.clock = clock;
    this.window = window;
    this.table = table;
    this.log = log;
    this.random = new Random(seed);
  }

  UUID licenseId() {
    return licenseId;
  }

  /** The lease the servers last promised, with the activation that holds it. */
  record Promise(UUID activationId, UUID licenseId, Instant until) {}

  Optional<Promise> promise() {
    // Read in this order: a device clears its promise before it lets go of its activation.
    Instant until = promisedUntil;
    UUID activation = activationId;
    return until == null || activation == null
        ? Optional.empty()
        : Optional.of(new Promise(activation, licenseId, until));
  }

  /**
   * One move, as a device would make it: while it holds a lease it mostly heartbeats, sometimes
   * stops (and frees its slot) and sometimes stays silent long enough for the lease to die; without
   * one it activates, or, back from a pause, sends a heartbeat that must be refused.
   */
  void move() throws InterruptedException {
    Instant until = promisedUntil;
    boolean holds = until != null && until.isAfter(clock.instant());
    int roll = random.nextInt(100);
    if (holds && roll < 50) {
      heartbeat();
    } else if (holds && roll < 60) {
      deactivate();
    } else if (holds) {
      Thread.sleep(1);
    } else if (activationId != null && roll < 40) {
      heartbeat();
    } else {
      activate();
    }
  }

  /** Asks for a lease. */
  String activate() {
    Instant sent = clock.instant();
    UUID known = activationId;
    ApiResponse answer =
        server()
            .post("/v1/activations", Map.of("licenseKey", licenseKey, "fingerprint", fingerprint));
    if (answer.status() == 201 || answer.status() == 200) {
      UUID id = UUID.fromString(answer.field("id"));
      boolean created = answer.status() == 201;
      if (created != (known == null) || (known != null && !known.equals(id))) {
        log.problem(this + " was activated as " + known + " and got " + answer);
      }
      activationId = id;
      return promised("activate " + answer.status(), answer, sent);
    }
    return refused("activate", answer, "CONCURRENCY_LIMIT_REACHED");
  }

  /**
   * Keeps the lease alive. A lease the device knows to be dead by the clock must be refused: a
   * heartbeat never brings one back, and the servers judge it at a time no earlier than this.
   */
  String heartbeat() {
    Instant sent = clock.instant();
    Instant until = promisedUntil;
    boolean dead = until == null || !until.isAfter(sent);
    ApiResponse answer =
        server()
            .send(
                "POST",
                "/v1/activations/" + activationId + "/heartbeat",
                EMPTY_JSON,
                Map.of(
                    "Authorization", "License " + licenseKey, "Content-Type", "application/json"));
    if (answer.status() == 200) {
      if (dead) {
        log.problem(this + " brought a dead lease back (until " + until + "): " + answer);
      }
      return promised("heartbeat 200", answer, sent);
    }
    String outcome = refused("heartbeat", answer, "HEARTBEAT_DEAD");
    if (answer.status() == 409 && until != null && clock.instant().isBefore(until)) {
      log.problem(this + " was told its lease until " + until + " is dead before it ended");
    }
    return outcome;
  }

  /** Stops: frees the slot, and with it any lease. */
  String deactivate() {
    UUID id = activationId;
    // Forgotten before the request: from here on, the lease may be gone at any moment.
    promisedUntil = null;
    ApiResponse answer =
        server().delete("/v1/activations/" + id, Map.of("Authorization", "License " + licenseKey));
    if (answer.status() != 204) {
      log.problem(this + " could not deactivate: " + answer);
      return "unexpected";
    }
    activationId = null;
    log.record("deactivate 204");
    return "DEACTIVATED";
  }

  /**
   * A lease granted: it lives for the window from a time no earlier than the request, and the
   * stored row holds it as answered, unless a cull already took it after it died.
   */
  private String promised(String outcome, ApiResponse answer, Instant sent) {
    Instant until = Instant.parse(answer.field("leaseExpiresAt"));
    promisedUntil = until;
    log.record(outcome);
    if (until.isBefore(sent.plus(window)) || until.isAfter(clock.instant().plus(window))) {
      log.problem(this + " got a lease outside the window from " + sent + ": " + answer);
    }
    Optional<LeaseTable.Row> row = table.activation(activationId);
    boolean stored =
        row.isPresent()
            && row.get().active()
            && (row.get().leaseExpiresAt().equals(Optional.of(until))
                || (row.get().leaseExpiresAt().isEmpty() && !clock.instant().isBefore(until)));
    if (!stored) {
      log.problem(this + " was answered a lease until " + until + " but the row is " + row);
    }
    return LEASED;
  }

  /** A refusal must be a 409 problem with the one code this request may meet. */
  private String refused(String action, ApiResponse answer, String code) {
    boolean expected =
        answer.status() == 409
            && String.valueOf(answer.contentType()).startsWith("application/problem+json")
            && code.equals(answer.field("code"));
    if (!expected) {
      log.problem(this + " " + action + " answered " + answer);
      return "unexpected";
    }
    promisedUntil = null;
    log.record(action + " 409 " + code);
    return code;
  }

  private ApiClient server() {
    return servers.get(random.nextInt(servers.size()));
  }

  @Override
  public String toString() {
    return "device " + fingerprint;
  }
}
