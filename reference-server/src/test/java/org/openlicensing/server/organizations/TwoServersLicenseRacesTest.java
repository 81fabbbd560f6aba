package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.persistence.testing.PostgresDatabase;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.Mailbox;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

/**
 * Issue 6's invariants under concurrency, with two servers on one PostgreSQL as behind a load
 * balancer: 200 devices activating 10 licenses (device limit 3) at once end with exactly 30
 * activations, and one license assigned to two members at once goes to exactly one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoServersLicenseRacesTest {
  private static final int LICENSES = 10;
  private static final int DEVICES_PER_LICENSE = 20;
  private static final int DEVICE_LIMIT = 3;
  private static final int ROUNDS = 5;

  @RegisterExtension static final PostgresDatabase DATABASE = new PostgresDatabase();

  @RegisterExtension
  final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

  private TestServer first;
  private TestServer second;
  private Mailbox mailbox;

  @BeforeAll
  void startServers() throws IOException {
    ServerDatabase database = ServerDatabase.postgres(DATABASE);
    int smtp = greenMail.getSmtp().getPort();
    // As servers behind one balancer: one public URL (the tokens' issuer) and one key set.
    Map<String, String> shared =
        Map.of(
            "LICENSING_DATA_DIR",
            Files.createTempDirectory("licensing-shared-").toString(),
            "LICENSING_PUBLIC_URL",
            "https://licensing.example.test");
    first = TestServer.start(database, smtp, shared);
    second = TestServer.start(database, smtp, shared);
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

  /** Each device its own address, on one server or the other. */
  private ApiClient device(int number) {
    return (number % 2 == 0 ? first : second).api().fromAnotherAddress();
  }

  @Test
  void twoHundredDevicesOnTenLicensesAcrossTwoServersEndWithExactlyThirty() {
    Customer owner = Customer.signUp(first.api(), mailbox);
    Team team = Team.create(first.api(), mailbox, owner, "Race");
    team.bought(LICENSES);
    List<String> keys =
        team.licensesSeenBy(owner.accessToken()).stream().map(l -> l.get("key").asText()).toList();
    assertThat(keys).hasSize(LICENSES);
    List<Callable<ApiResponse>> activations = new ArrayList<>();
    for (int d = 0; d < LICENSES * DEVICES_PER_LICENSE; d++) {
      String key = keys.get(d % LICENSES);
      String fingerprint = "race-" + d;
      ApiClient client = device(d);
      activations.add(
          () ->
              client.post(
                  "/v1/activations", Map.of("licenseKey", key, "fingerprint", fingerprint)));
    }

    List<ApiResponse> answers = Concurrently.race(activations);

    assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(LICENSES * DEVICE_LIMIT);
    assertThat(answers)
        .filteredOn(a -> a.status() != 201)
        .allSatisfy(
            refused -> {
              assertThat(refused.status()).as("%s", refused).isEqualTo(409);
              assertThat(refused.field("code")).isEqualTo("DEVICE_LIMIT_REACHED");
            });
    Map<String, Integer> perLicense = new HashMap<>();
    for (String key : keys) {
      ApiResponse validation = second.api().post("/v1/validations", Map.of("licenseKey", key));
      perLicense.put(key, validation.json().get("license").get("activations").asInt());
    }
    assertThat(perLicense.values()).containsOnly(DEVICE_LIMIT);
  }

  @Test
  void oneLicenseAssignedToTwoMembersAtOnceGoesToExactlyOne() {
    Customer owner = Customer.signUp(first.api(), mailbox);
    Team team = Team.create(first.api(), mailbox, owner, "Assign");
    Customer ada = Customer.signUp(first.api(), mailbox);
    Customer bob = Customer.signUp(first.api(), mailbox);
    team.join(ada, "MEMBER");
    team.join(bob, "MEMBER");
    team.bought(ROUNDS);
    List<JsonNode> licenses = team.licensesSeenBy(owner.accessToken());

    for (int round = 0; round < ROUNDS; round++) {
      String license = licenses.get(round).get("id").asText();
      String path = "/v1/licenses/" + license + "/assignee";
      List<ApiResponse> answers =
          Concurrently.race(
              List.<Callable<ApiResponse>>of(
                  () -> first.api().put(path, Map.of("accountId", ada.id()), owner.accessToken()),
                  () ->
                      second.api().put(path, Map.of("accountId", bob.id()), owner.accessToken())));

      assertThat(answers).filteredOn(a -> a.status() == 200).as("%s", answers).hasSize(1);
      ApiResponse loser = answers.stream().filter(a -> a.status() != 200).findFirst().orElseThrow();
      assertThat(loser.status()).as("%s", loser).isEqualTo(409);
      String winner =
          answers.stream()
              .filter(a -> a.status() == 200)
              .findFirst()
              .orElseThrow()
              .json()
              .get("assignee")
              .get("id")
              .asText();
      JsonNode stored = first.api().get("/v1/licenses/" + license, owner.accessToken()).json();
      assertThat(stored.get("assignee").get("id").asText()).isEqualTo(winner);
    }
  }
}
