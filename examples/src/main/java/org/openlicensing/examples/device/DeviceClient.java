package org.openlicensing.examples.device;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokenException;
import org.openlicensing.api.tokens.LicenseTokenVerifier;

/**
 * A device, as an application vendor would write one with nothing but the JDK and licensing-api
 * (Nimbus): it activates once over REST, keeps its token and the server's public keys on disk, and
 * from then on decides offline whether it may run.
 *
 * <p>{@code java ... DeviceClient https://licensing.example.com KEY-... ~/.myapp}
 */
public final class DeviceClient {
  static final String TOKEN_FILE = "license.token";
  static final String KEYS_FILE = "jwks.json";

  private final URI server;
  private final Path stateDirectory;
  private final String fingerprint;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  public DeviceClient(URI server, Path stateDirectory, String fingerprint) {
    this.server = server;
    this.stateDirectory = stateDirectory;
    this.fingerprint = fingerprint;
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: DeviceClient <server-url> <license-key> <state-directory>");
      System.exit(2);
    }
    Path state = Path.of(args[2]);
    DeviceClient device =
        new DeviceClient(URI.create(args[0]), state, DeviceFingerprint.ofThisMachine());
    device.activate(args[1]);
    LicenseTokenClaims claims = device.verifyOffline();
    System.out.println("Licensed for " + claims.plan() + " until " + claims.expiresAt());
  }

  /** Online, once: activates this device and keeps the token and the public keys. */
  public void activate(String licenseKey) throws IOException, InterruptedException {
    Files.createDirectories(stateDirectory);
    String body =
        JSONObjectUtils.toJSONString(
            Map.of(
                "licenseKey",
                licenseKey,
                "fingerprint",
                fingerprint,
                "platform",
                System.getProperty("os.name")));
    HttpResponse<String> activation =
        http.send(
            HttpRequest.newBuilder(server.resolve("/v1/activations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (activation.statusCode() != 200 && activation.statusCode() != 201) {
      throw new IOException(
          "activation refused: " + activation.statusCode() + " " + activation.body());
    }
    HttpResponse<String> keys =
        http.send(
            HttpRequest.newBuilder(server.resolve("/.well-known/jwks.json")).build(),
            HttpResponse.BodyHandlers.ofString());
    try {
      String token = JSONObjectUtils.getString(JSONObjectUtils.parse(activation.body()), "token");
      Files.writeString(stateDirectory.resolve(TOKEN_FILE), token, StandardCharsets.UTF_8);
      Files.writeString(stateDirectory.resolve(KEYS_FILE), keys.body(), StandardCharsets.UTF_8);
    } catch (ParseException e) {
      throw new IOException("the server answered something that is not JSON", e);
    }
  }

  /** Offline, at every start: checks the kept token against the kept keys and this device. */
  public LicenseTokenClaims verifyOffline() throws IOException, LicenseTokenException {
    try {
      JWKSet keys = JWKSet.parse(Files.readString(stateDirectory.resolve(KEYS_FILE)));
      String token = Files.readString(stateDirectory.resolve(TOKEN_FILE));
      return LicenseTokenVerifier.builder(keys, server.toString().replaceAll("/+$", ""))
          .build()
          .verify(token, fingerprint);
    } catch (ParseException e) {
      throw new IOException("the kept key set is damaged", e);
    }
  }
}
