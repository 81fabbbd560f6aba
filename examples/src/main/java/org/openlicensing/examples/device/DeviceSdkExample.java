package org.openlicensing.examples.device;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.openlicensing.api.client.LicenseClient;
import org.openlicensing.api.client.LicenseClientException;
import org.openlicensing.api.client.OfflineCheck;
import org.openlicensing.api.client.OnlineValidation;
import org.openlicensing.api.client.PinnedJwks;
import org.openlicensing.api.tokens.LicenseTokenClaims;

/**
 * A desktop application's start-up, with the device SDK of licensing-api: it checks its cached
 * license offline first, asks the server only when that cannot say yes, and activates when the
 * server says this device is not (or no longer) activated.
 *
 * <p>{@code java -cp ... DeviceSdkExample https://licensing.example.com KEY-... jwks.json
 * ~/.myapp}, where {@code jwks.json} is the server's {@code /.well-known/jwks.json} as the vendor
 * ships it with the application.
 */
public final class DeviceSdkExample {

  /** How the start-up ended. */
  public enum Decision {
    /** The cached token verified: no network was needed. */
    RUN_OFFLINE,
    /** The server was asked and a fresh token was cached. */
    RUN_AFTER_ACTIVATION,
    /** The application must not run; the reason says why. */
    REFUSED
  }

  /** The decision, the license it rests on when the application may run, and a sentence. */
  public record StartUp(Decision decision, Optional<LicenseTokenClaims> license, String reason) {
    public StartUp {
      Objects.requireNonNull(decision, "decision");
      Objects.requireNonNull(license, "license");
      Objects.requireNonNull(reason, "reason");
      if ((decision == Decision.REFUSED) == license.isPresent()) {
        throw new IllegalArgumentException("a license comes with a decision to run, and only then");
      }
    }

    static StartUp run(Decision decision, LicenseTokenClaims claims) {
      return new StartUp(
          decision, Optional.of(claims), claims.plan() + " until " + claims.expiresAt());
    }

    static StartUp refused(String reason) {
      return new StartUp(Decision.REFUSED, Optional.empty(), reason);
    }

    public boolean mayRun() {
      return decision != Decision.REFUSED;
    }
  }

  /** Codes after which activating helps: this device is not, or no longer, among the license's. */
  private static final Set<String> ACTIVATE_ON =
      Set.of("VALID", "NOT_ACTIVATED", "FINGERPRINT_MISMATCH", "HEARTBEAT_DEAD");

  private DeviceSdkExample() {}

  public static void main(String[] args) throws Exception {
    int status = run(args, System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** The program: 0 when the application may run, 1 when not, 2 for a wrong command line. */
  static int run(String[] args, PrintStream out) throws Exception {
    if (args.length != 4) {
      out.println("usage: DeviceSdkExample <server-url> <license-key> <jwks-file> <state-dir>");
      return 2;
    }
    String os = System.getProperty("os.name");
    LicenseClient client =
        LicenseClient.builder()
            .server(URI.create(args[0]))
            .licenseKey(args[1])
            .pinnedJwks(PinnedJwks.read(Path.of(args[2])))
            .cacheFile(Path.of(args[3]).resolve("license.cache"))
            .fingerprint(DeviceFingerprint.ofThisMachine())
            .deviceName(System.getProperty("user.name") + "'s " + os + " machine")
            .platform(os)
            .build();
    StartUp startUp = startUp(client);
    out.println(startUp.decision() + ": " + startUp.reason());
    return startUp.mayRun() ? 0 : 1;
  }

  /** Offline first; online only when the cached license cannot say yes. */
  public static StartUp startUp(LicenseClient client) {
    OfflineCheck offline = client.checkOffline();
    if (offline.valid()) {
      return StartUp.run(Decision.RUN_OFFLINE, offline.claims().orElseThrow());
    }
    try {
      OnlineValidation online = client.validate();
      if (!ACTIVATE_ON.contains(online.code())) {
        return StartUp.refused("the server says " + online.code());
      }
      // Also when the server says VALID: the cached token is missing, expired or unusable, and
      // activating the same device again renews it without taking a slot.
      return StartUp.run(Decision.RUN_AFTER_ACTIVATION, client.activate().claims());
    } catch (LicenseClientException e) {
      String why =
          e.tokenRefusal()
              .map(status -> "the server's token fails here: " + status)
              .orElse(e.code());
      return StartUp.refused(
          String.format(
              "%s (%s); offline: %s, %s", why, e.getMessage(), offline.status(), offline.detail()));
    }
  }
}
