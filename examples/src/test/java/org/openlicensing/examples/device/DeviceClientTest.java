package org.openlicensing.examples.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokenException;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

class DeviceClientTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path state;

  @Test
  void theDeviceActivatesOverRestThenVerifiesOfflineWithTheServerGone() throws Exception {
    DeviceClient device;
    String licenseId;
    try (TestServer server =
        TestServer.start(ServerDatabase.EMBEDDED_H2, GREEN_MAIL.getSmtp().getPort())) {
      Customer customer = Customer.signUp(server.api(), new Mailbox(GREEN_MAIL));
      var license = customer.subscribeAndListLicenses("basic", 1).get(0);
      licenseId = license.get("id").asText();
      device = new DeviceClient(server.server().publicUrl(), state, "device-42");
      device.activate(license.get("key").asText());
    }

    LicenseTokenClaims claims = device.verifyOffline();

    assertThat(claims.licenseId().toString()).isEqualTo(licenseId);
    assertThat(claims.plan()).isEqualTo("basic");
  }

  @Test
  void aTokenCopiedToAnotherDeviceIsRefusedOffline() throws Exception {
    try (TestServer server =
        TestServer.start(ServerDatabase.EMBEDDED_H2, GREEN_MAIL.getSmtp().getPort())) {
      Customer customer = Customer.signUp(server.api(), new Mailbox(GREEN_MAIL));
      String key = customer.subscribeAndListLicenses("basic", 1).get(0).get("key").asText();
      new DeviceClient(server.server().publicUrl(), state, "device-42").activate(key);
      DeviceClient copy = new DeviceClient(server.server().publicUrl(), state, "device-43");

      LicenseTokenException refused =
          catchThrowableOfType(LicenseTokenException.class, copy::verifyOffline);

      assertThat(refused.reason()).isEqualTo(LicenseTokenException.Reason.FINGERPRINT_MISMATCH);
      assertThat(Files.readString(state.resolve(DeviceClient.KEYS_FILE))).contains("EdDSA");
    }
  }
}
