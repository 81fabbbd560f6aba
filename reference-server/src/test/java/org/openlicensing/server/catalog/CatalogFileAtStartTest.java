package org.openlicensing.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.ServerDatabase;
import org.openlicensing.server.testing.TestServer;

/**
 * {@code LICENSING_CATALOG_FILE}: the server applies the catalog at start-up, once per version, and
 * a bad file stops it with one line that names the place at fault.
 */
class CatalogFileAtStartTest {
  @TempDir Path directory;

  private static final String STARTER =
      """
      {"version": %d, "plans": [{
        "code": "starter", "name": "Starter", "description": "One seat.",
        "prices": [{"period": "MONTHLY", "currency": "EUR", "amount": %d}],
        "minSeats": 1, "maxSeats": 1, "trialDays": 7, "entitlements": ["core"],
        "policy": {"deviceLimit": 1, "floating": false, "offlineAllowed": true,
                   "graceDays": 3, "tokenLifetimeDays": 7},
        "kycRequired": false, "active": true}]}
      """;

  private Path catalog(String name, int version, long price) throws IOException {
    Path file = directory.resolve(name);
    Files.writeString(file, STARTER.formatted(version, price));
    return file;
  }

  private static JsonNode starter(TestServer server) {
    ApiResponse plans = server.api().get("/v1/plans", null);
    assertThat(plans.status()).as("%s", plans).isEqualTo(200);
    for (JsonNode plan : plans.json().get("items")) {
      if (plan.get("code").asText().equals("starter")) {
        return plan;
      }
    }
    throw new AssertionError("no starter plan in " + plans);
  }

  /** A server on the embedded database under {@code data}, without e-mail, with the catalog. */
  private static TestServer start(Path data, Path catalog) {
    return TestServer.start(
        ServerDatabase.EMBEDDED_H2,
        0,
        Map.of(
            "SMTP_HOST", "",
            "LICENSING_DATA_DIR", data.toString(),
            "LICENSING_CATALOG_FILE", catalog.toString()));
  }

  @Test
  void aNewerFileIsAppliedAtStartAndTheSameVersionIsNotAppliedAgain() throws IOException {
    Path data = directory.resolve("data");
    try (TestServer first = start(data, catalog("v1.json", 1, 500))) {
      assertThat(starter(first).toString()).contains("500");
    }
    try (TestServer second = start(data, catalog("v1b.json", 1, 700))) {
      assertThat(starter(second).toString()).as("same version: kept").contains("500");
    }
    try (TestServer third = start(data, catalog("v2.json", 2, 700))) {
      assertThat(starter(third).toString()).as("newer version: applied").contains("700");
    }
  }

  @Test
  void aBadFileStopsStartUpNamingThePlaceAtFault() throws IOException {
    Path bad = directory.resolve("bad.json");
    Files.writeString(bad, STARTER.formatted(1, -5));

    assertThatThrownBy(() -> start(directory.resolve("bad-data"), bad))
        .hasMessageContaining("plans[0].prices[0].amount");
  }

  @Test
  void aMalformedQuotaEntitlementStopsStartUpNamingIt() throws IOException {
    Path bad = directory.resolve("bad-quota.json");
    Files.writeString(
        bad,
        STARTER
            .formatted(1, 500)
            .replace("[\"core\"]", "[\"core\", \"quota:api_calls:10k:month\"]"));

    assertThatThrownBy(() -> start(directory.resolve("bad-quota-data"), bad))
        .hasMessageContaining("plans[0].entitlements[1]");
  }
}
