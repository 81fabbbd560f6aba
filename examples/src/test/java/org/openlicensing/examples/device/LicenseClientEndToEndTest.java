package org.openlicensing.examples.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.client.DeviceActivation;
import org.openlicensing.api.client.LicenseClient;
import org.openlicensing.api.client.LicenseClientException;
import org.openlicensing.api.client.OfflineCheck;
import org.openlicensing.api.client.OfflineStatus;
import org.openlicensing.api.client.OnlineValidation;
import org.openlicensing.api.client.PinnedJwks;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

/** The device SDK against the real reference server, over HTTP, stopped and started again. */
class LicenseClientEndToEndTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path data;
  @TempDir Path device;

  /** The key set as the vendor ships it: fetched once, at build time, not by the device. */
  private static JWKSet shippedKeys(TestServer server) throws Exception {
    ApiResponse keys = server.api().get("/.well-known/jwks.json", null);
    assertThat(keys.status()).isEqualTo(200);
    return PinnedJwks.parse(keys.text());
  }

  private static LicenseClient client(
      URI server, JWKSet keys, String key, String fingerprint, Path cacheFile) {
    return LicenseClient.builder()
        .server(server)
        .licenseKey(key)
        .fingerprint(fingerprint)
        .deviceName("Ada's laptop")
        .platform("Linux")
        .pinnedJwks(keys)
        .cacheFile(cacheFile)
        .build();
  }

  /**
   * Whether the server serves heartbeats: Jersey answers OPTIONS with the methods of a path it has,
   * and 404 for one it has not. The probe is first shown to see the activation's own path.
   */
  private static boolean servesHeartbeats(TestServer server, DeviceActivation activation) {
    String path = "/v1/activations/" + activation.id();
    ApiResponse known = server.api().send("OPTIONS", path, null, Map.of());
    assertThat(known.status()).as("OPTIONS %s: %s", path, known).isEqualTo(200);
    assertThat(known.header("Allow")).contains("DELETE");
    ApiResponse heartbeat = server.api().send("OPTIONS", path + "/heartbeat", null, Map.of());
    assertThat(heartbeat.status()).as("OPTIONS heartbeat: %s", heartbeat).isIn(200, 404);
    return heartbeat.status() == 200 && String.valueOf(heartbeat.header("Allow")).contains("POST");
  }

  @Test
  void activateValidateRunOfflineWithTheServerGoneThenDeactivateAfterItsRestart() throws Exception {
    RestartableServer restartable = new RestartableServer(data, GREEN_MAIL.getSmtp().getPort());
    Path cacheFile = device.resolve("license.cache");
    LicenseClient client;
    JsonNode license;
    try (TestServer server = restartable.start()) {
      Customer customer = Customer.signUp(server.api(), new Mailbox(GREEN_MAIL));
      license = customer.subscribeAndListLicenses("basic", 1).get(0);
      JWKSet keys = shippedKeys(server);
      client =
          client(
              server.server().publicUrl(),
              keys,
              license.get("key").asText(),
              "laptop-1",
              cacheFile);

      DeviceActivation activation = client.activate();
      assertThat(activation.newSlot()).isTrue();
      assertThat(activation.claims().licenseId().toString()).isEqualTo(license.get("id").asText());
      assertThat(activation.claims().plan()).isEqualTo("basic");
      assertThat(client.activate().newSlot()).as("the same device again").isFalse();

      OnlineValidation validation = client.validate();
      assertThat(validation.code()).isEqualTo("VALID");
      assertThat(validation.valid()).isTrue();
      assertThat(validation.licenseId()).contains(activation.claims().licenseId());
      assertThat(validation.plan()).contains("basic");
      assertThat(validation.expiresAt()).isPresent();

      if (servesHeartbeats(server, activation)) {
        DeviceActivation renewed = client.heartbeat();
        assertThat(renewed.id()).isEqualTo(activation.id());
        assertThat(renewed.newSlot()).isFalse();
      } else {
        LicenseClientException missing =
            catchThrowableOfType(LicenseClientException.class, client::heartbeat);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("NOT_FOUND");
      }
    }

    OfflineCheck offline = client.checkOffline();
    assertThat(offline.status()).isEqualTo(OfflineStatus.VALID);
    assertThat(offline.claims().orElseThrow().fingerprint()).isEqualTo("laptop-1");
    LicenseClientException unreachable =
        catchThrowableOfType(LicenseClientException.class, client::validate);
    assertThat(unreachable.code()).isEqualTo(LicenseClientException.NETWORK_ERROR);

    try (TestServer server = restartable.start()) {
      client.deactivate();

      assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.NOT_ACTIVATED);
      assertThat(client.validate().code()).isEqualTo("NOT_ACTIVATED");
      JsonNode freed =
          server
              .api()
              .post("/v1/validations", Map.of("licenseKey", license.get("key").asText()))
              .json();
      assertThat(freed.get("license").get("activations").asInt()).isZero();
    }
  }

  @Test
  void theServersRefusalsArriveWithTheirCodesAndACopiedCacheDoesNotRunElsewhere() throws Exception {
    try (TestServer server =
        TestServer.start(ServerDatabase.EMBEDDED_H2, GREEN_MAIL.getSmtp().getPort())) {
      Customer customer = Customer.signUp(server.api(), new Mailbox(GREEN_MAIL));
      String key = customer.subscribeAndListLicenses("basic", 1).get(0).get("key").asText();
      JWKSet keys = shippedKeys(server);
      URI url = server.server().publicUrl();
      Path cacheFile = device.resolve("license.cache");
      client(url, keys, key, "laptop-1", cacheFile).activate();

      LicenseClient secondDevice =
          client(url, keys, key, "laptop-2", device.resolve("second.cache"));
      LicenseClientException limit =
          catchThrowableOfType(LicenseClientException.class, secondDevice::activate);
      assertThat(limit.code()).isEqualTo("DEVICE_LIMIT_REACHED");
      assertThat(limit.status()).isEqualTo(409);
      assertThat(limit.requestId()).isPresent();

      LicenseClient copy = client(url, keys, key, "laptop-2", cacheFile);
      assertThat(copy.checkOffline().status()).isEqualTo(OfflineStatus.FINGERPRINT_MISMATCH);

      LicenseClient unknown =
          client(url, keys, "00000-00000-00000-00000-00000-00000", "laptop-3", device.resolve("x"));
      assertThat(unknown.validate().code()).isEqualTo("NOT_FOUND");
      assertThat(catchThrowableOfType(LicenseClientException.class, unknown::activate).code())
          .isEqualTo("NOT_FOUND");
    }
  }
}
