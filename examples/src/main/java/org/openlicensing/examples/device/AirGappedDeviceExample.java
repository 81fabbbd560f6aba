package org.openlicensing.examples.device;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import org.openlicensing.api.client.LicenseClient;
import org.openlicensing.api.client.LicenseClientException;
import org.openlicensing.api.client.OfflineCheck;
import org.openlicensing.api.client.PinnedJwks;
import org.openlicensing.api.offline.OfflineFiles;

/**
 * A device that never reaches the server, activated by files carried by hand with the device SDK:
 *
 * <ol>
 *   <li>{@code request} writes this device's activation request file;
 *   <li>a person uploads it, signed in, to {@code POST /v1/offline-activations} and brings back the
 *       response file (or fetches a license file for an activated device from {@code GET
 *       /v1/licenses/{id}/file?fingerprint=...});
 *   <li>{@code import} verifies that file offline against the shipped keys and keeps it;
 *   <li>{@code check}, at every start, decides offline whether the application may run.
 * </ol>
 *
 * <p>{@code java -cp ... AirGappedDeviceExample request|import|check <server-url> <license-key>
 * <jwks-file> <state-dir> [file]}; the server URL is the tokens' issuer, never contacted here.
 */
public final class AirGappedDeviceExample {
  private static final String USAGE =
      "usage: AirGappedDeviceExample request|import|check"
          + " <server-url> <license-key> <jwks-file> <state-dir> [file]";

  private AirGappedDeviceExample() {}

  public static void main(String[] args) throws Exception {
    int status = run(args, System.out);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** 0 when done (or the application may run), 1 when refused, 2 for a wrong command line. */
  static int run(String[] args, PrintStream out) throws IOException, ParseException {
    boolean needsFile = args.length > 0 && !args[0].equals("check");
    if (args.length != (needsFile ? 6 : 5)) {
      out.println(USAGE);
      return 2;
    }
    LicenseClient client = client(args);
    try {
      return switch (args[0]) {
        case "request" -> writeRequest(client, Path.of(args[5]), out);
        case "import" -> importFile(client, Path.of(args[5]), out);
        case "check" -> check(client, out);
        default -> {
          out.println(USAGE);
          yield 2;
        }
      };
    } catch (LicenseClientException e) {
      out.println("REFUSED: " + e.code() + " (" + e.getMessage() + ")");
      return 1;
    }
  }

  private static LicenseClient client(String[] args) throws IOException, ParseException {
    String os = System.getProperty("os.name");
    return LicenseClient.builder()
        .server(URI.create(args[1]))
        .licenseKey(args[2])
        .pinnedJwks(PinnedJwks.read(Path.of(args[3])))
        .cacheFile(Path.of(args[4]).resolve("license.cache"))
        .fingerprint(DeviceFingerprint.ofThisMachine())
        .deviceName("air-gapped " + os + " machine")
        .platform(os)
        .build();
  }

  private static int writeRequest(LicenseClient client, Path file, PrintStream out)
      throws LicenseClientException, IOException {
    Files.writeString(file, client.activationRequest(), StandardCharsets.US_ASCII);
    out.println("REQUEST WRITTEN: " + file + "; upload it to POST /v1/offline-activations");
    return 0;
  }

  /** A response file or a license file: the label on its first line tells which. */
  private static int importFile(LicenseClient client, Path file, PrintStream out)
      throws LicenseClientException, IOException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    if (text.contains("BEGIN " + OfflineFiles.LICENSE_FILE)) {
      client.importLicenseFile(text);
    } else {
      client.importActivationResponse(text);
    }
    return check(client, out);
  }

  private static int check(LicenseClient client, PrintStream out) {
    OfflineCheck check = client.checkOffline();
    if (check.valid()) {
      out.println(
          "RUN_OFFLINE: "
              + check.claims().orElseThrow().plan()
              + " until "
              + check.claims().orElseThrow().expiresAt());
      return 0;
    }
    out.println("REFUSED: " + check.status() + " (" + check.detail() + ")");
    return 1;
  }
}
