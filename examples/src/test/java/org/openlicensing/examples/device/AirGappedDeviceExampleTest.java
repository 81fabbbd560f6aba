package org.openlicensing.examples.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

/** The air-gapped example program, with a person carrying its files to the real server. */
class AirGappedDeviceExampleTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path install;
  @TempDir Path state;
  @TempDir Path usbStick;

  private record Run(int status, String output) {}

  private static Run run(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        AirGappedDeviceExample.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(status, bytes.toString(StandardCharsets.UTF_8));
  }

  private String[] args(TestServer server, JsonNode license, String command, Path file)
      throws Exception {
    Path jwks = install.resolve("jwks.json");
    if (!Files.exists(jwks)) {
      Files.writeString(jwks, server.api().get("/.well-known/jwks.json", null).text());
    }
    String url = server.server().publicUrl().toString();
    String key = license.get("key").asText();
    return file == null
        ? new String[] {command, url, key, jwks.toString(), state.toString()}
        : new String[] {command, url, key, jwks.toString(), state.toString(), file.toString()};
  }

  @Test
  void aDeviceWithoutTheNetworkIsActivatedByItsRequestAndTheResponseCarriedBack() throws Exception {
    String[] check;
    try (TestServer server =
        TestServer.start(ServerDatabase.EMBEDDED_H2, GREEN_MAIL.getSmtp().getPort())) {
      Customer owner = Customer.signUp(server.api(), new Mailbox(GREEN_MAIL));
      JsonNode license = owner.subscribeAndListLicenses("basic", 1).get(0);
      Path request = usbStick.resolve("device.req");
      Path response = usbStick.resolve("device.res");

      Run written = run(args(server, license, "request", request));
      ApiResponse uploaded =
          server
              .api()
              .send(
                  "POST",
                  "/v1/offline-activations",
                  Files.readAllBytes(request),
                  Map.of(
                      "Authorization",
                      "Bearer " + owner.accessToken(),
                      "Content-Type",
                      "text/plain"));
      Files.writeString(response, uploaded.text());
      Run imported = run(args(server, license, "import", response));

      assertThat(written.status()).as(written.output()).isZero();
      assertThat(uploaded.status()).as("%s", uploaded).isEqualTo(201);
      assertThat(imported.status()).as(imported.output()).isZero();
      assertThat(imported.output()).startsWith("RUN_OFFLINE: basic until ");
      check = args(server, license, "check", null);
    }

    Run later = run(check);

    assertThat(later.status()).isZero();
    assertThat(later.output()).startsWith("RUN_OFFLINE: basic until ");
  }

  @Test
  void aLicenseFileForTheActivatedDeviceIsImportedTooAndAnythingElseIsRefused() throws Exception {
    try (TestServer server =
        TestServer.start(ServerDatabase.EMBEDDED_H2, GREEN_MAIL.getSmtp().getPort())) {
      Customer owner = Customer.signUp(server.api(), new Mailbox(GREEN_MAIL));
      JsonNode license = owner.subscribeAndListLicenses("basic", 1).get(0);
      String fingerprint = DeviceFingerprint.ofThisMachine();
      ApiResponse activated =
          server
              .api()
              .post(
                  "/v1/activations",
                  Map.of("licenseKey", license.get("key").asText(), "fingerprint", fingerprint));
      ApiResponse file =
          server
              .api()
              .get(
                  "/v1/licenses/"
                      + license.get("id").asText()
                      + "/file?fingerprint="
                      + URLEncoder.encode(fingerprint, StandardCharsets.UTF_8),
                  owner.accessToken());
      Path licenseFile = usbStick.resolve("license.lic");
      Files.writeString(licenseFile, file.text());
      Path garbage = usbStick.resolve("garbage.res");
      Files.writeString(garbage, "not a file of ours");

      Run before = run(args(server, license, "check", null));
      Run refused = run(args(server, license, "import", garbage));
      Run imported = run(args(server, license, "import", licenseFile));

      assertThat(activated.status()).as("%s", activated).isEqualTo(201);
      assertThat(file.status()).as("%s", file).isEqualTo(200);
      assertThat(before.status()).isEqualTo(1);
      assertThat(before.output()).startsWith("REFUSED: NOT_ACTIVATED");
      assertThat(refused.status()).isEqualTo(1);
      assertThat(refused.output()).startsWith("REFUSED: FILE_INVALID");
      assertThat(imported.status()).as(imported.output()).isZero();
      assertThat(imported.output()).startsWith("RUN_OFFLINE: basic until ");
    }
  }

  @Test
  void aWrongCommandLineShowsTheUsage() throws Exception {
    Run run = run("import", "https://licensing.example.com");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output()).startsWith("usage: AirGappedDeviceExample");
  }
}
