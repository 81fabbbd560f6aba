package org.openlicensing.examples.device;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.client.LicenseClient;
import org.openlicensing.api.client.PinnedJwks;
import org.openlicensing.examples.device.DeviceSdkExample.Decision;
import org.openlicensing.examples.device.DeviceSdkExample.StartUp;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

/** The example program against the real reference server. */
class DeviceSdkExampleTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @TempDir Path install;
  @TempDir Path state;

  private TestServer startServer() {
    return TestServer.start(ServerDatabase.EMBEDDED_H2, GREEN_MAIL.getSmtp().getPort());
  }

  /** As the vendor ships the server's keys with the application. */
  private Path shipKeys(TestServer server) throws Exception {
    Path jwks = install.resolve("jwks.json");
    Files.writeString(jwks, server.api().get("/.well-known/jwks.json", null).text());
    return jwks;
  }

  private static String licenseKey(TestServer server) {
    Customer customer = Customer.signUp(server.api(), new Mailbox(GREEN_MAIL));
    return customer.subscribeAndListLicenses("basic", 1).get(0).get("key").asText();
  }

  private record Run(int status, String output) {}

  private static Run run(String... args) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = DeviceSdkExample.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return new Run(status, bytes.toString(StandardCharsets.UTF_8));
  }

  @Test
  void theFirstStartActivatesAndLaterStartsRunOfflineEvenWithTheServerGone() throws Exception {
    String[] args;
    try (TestServer server = startServer()) {
      Path jwks = shipKeys(server);
      args =
          new String[] {
            server.server().publicUrl().toString(),
            licenseKey(server),
            jwks.toString(),
            state.toString()
          };

      Run first = run(args);
      assertThat(first.status()).as(first.output()).isZero();
      assertThat(first.output()).startsWith("RUN_AFTER_ACTIVATION: basic until ");

      Run second = run(args);
      assertThat(second.output()).startsWith("RUN_OFFLINE: basic until ");
    }

    Run withoutServer = run(args);

    assertThat(withoutServer.status()).isZero();
    assertThat(withoutServer.output()).startsWith("RUN_OFFLINE: basic until ");
  }

  @Test
  void anUnknownLicenseKeyDoesNotRun() throws Exception {
    try (TestServer server = startServer()) {
      Run run =
          run(
              server.server().publicUrl().toString(),
              "00000-00000-00000-00000-00000-00000",
              shipKeys(server).toString(),
              state.toString());

      assertThat(run.status()).isEqualTo(1);
      assertThat(run.output()).startsWith("REFUSED: the server says NOT_FOUND");
    }
  }

  @Test
  void aWrongCommandLineShowsTheUsage() throws Exception {
    Run run = run("only-one-argument");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.output()).startsWith("usage: DeviceSdkExample");
  }

  @Test
  void aClockSetBackAMonthDoesNotRunOfflineNorOnline() throws Exception {
    try (TestServer server = startServer()) {
      LicenseClient.Builder device =
          LicenseClient.builder()
              .server(server.server().publicUrl())
              .licenseKey(licenseKey(server))
              .fingerprint("laptop-1")
              .pinnedJwks(PinnedJwks.read(shipKeys(server)))
              .cacheFile(state.resolve("license.cache"));
      assertThat(DeviceSdkExample.startUp(device.build()).decision())
          .isEqualTo(Decision.RUN_AFTER_ACTIVATION);

      Clock monthAgo = Clock.offset(Clock.systemUTC(), Duration.ofDays(-30));
      StartUp setBack = DeviceSdkExample.startUp(device.clock(monthAgo).build());

      assertThat(setBack.decision()).isEqualTo(Decision.REFUSED);
      assertThat(setBack.reason())
          .startsWith("the server's token fails here: CLOCK_TAMPERED")
          .contains("offline: CLOCK_TAMPERED");
    }
  }

  @Test
  void aClockSetAheadOnceHealsAtTheNextOnlineStart() throws Exception {
    try (TestServer server = startServer()) {
      LicenseClient.Builder device =
          LicenseClient.builder()
              .server(server.server().publicUrl())
              .licenseKey(licenseKey(server))
              .fingerprint("laptop-1")
              .pinnedJwks(PinnedJwks.read(shipKeys(server)))
              .cacheFile(state.resolve("license.cache"));
      Clock dayAhead = Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
      assertThat(DeviceSdkExample.startUp(device.build()).mayRun()).isTrue();
      assertThat(DeviceSdkExample.startUp(device.clock(dayAhead).build()).decision())
          .isEqualTo(Decision.RUN_OFFLINE);

      StartUp corrected = DeviceSdkExample.startUp(device.clock(Clock.systemUTC()).build());

      assertThat(corrected.decision()).isEqualTo(Decision.RUN_AFTER_ACTIVATION);
      assertThat(DeviceSdkExample.startUp(device.build()).decision())
          .isEqualTo(Decision.RUN_OFFLINE);
    }
  }
}
