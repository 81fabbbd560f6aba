package org.openlicensing.server.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Usage metering over HTTP: devices report with their license key, a key counts once, a quota
 * answers USAGE_LIMIT_REACHED, and reads and organization analytics add up the days.
 */
public abstract class UsageHttpContract extends ServerTestBase {
  /** Bought once for the tests of bad input, whose requests are all refused and change nothing. */
  private Customer owner;

  private List<JsonNode> licenses;

  @Override
  protected Map<String, String> environment() {
    return Map.of("LICENSING_CATALOG_FILE", MeteredCatalog.file().toString());
  }

  @BeforeAll
  void buyMeteredSeats() {
    owner = newCustomer();
    licenses = owner.subscribeAndListLicenses(MeteredCatalog.PLAN, 2);
  }

  /** Two licenses of a new customer's metered subscription, for a test that records usage. */
  private List<JsonNode> fresh() {
    return newCustomer().subscribeAndListLicenses(MeteredCatalog.PLAN, 2);
  }

  private static String path(JsonNode license) {
    return "/v1/licenses/" + license.get("id").asText() + "/usage";
  }

  private static String key(JsonNode license) {
    return license.get("key").asText();
  }

  private ApiResponse report(JsonNode license, String authorization, Object body) {
    return report(path(license), authorization, ApiClient.json(body), Map.of());
  }

  private ApiResponse report(
      String path, String authorization, byte[] body, Map<String, String> extraHeaders) {
    Map<String, String> headers = new HashMap<>(extraHeaders);
    headers.put("Content-Type", "application/json");
    if (authorization != null) {
      headers.put("Authorization", authorization);
    }
    return api.send("POST", path, body, headers);
  }

  private ApiResponse byDevice(JsonNode license, String metric, long quantity, String idemKey) {
    return report(
        license,
        "License " + key(license),
        Map.of("metric", metric, "quantity", quantity, "idempotencyKey", idemKey));
  }

  private static String today() {
    return LocalDate.now(ZoneOffset.UTC).toString();
  }

  @Test
  void aDeviceReportsUsageAndARepeatedKeyAnswersTheFirstEventOnce() {
    Customer buyer = newCustomer();
    JsonNode license = buyer.subscribeAndListLicenses(MeteredCatalog.PLAN, 1).get(0);
    String idemKey = UUID.randomUUID().toString();

    ApiResponse first = byDevice(license, "api_calls", 5, idemKey);
    ApiResponse again = byDevice(license, "api_calls", 5, idemKey);

    assertThat(first.status()).as("%s", first).isEqualTo(201);
    assertThat(first.field("metric")).isEqualTo("api_calls");
    assertThat(first.json().get("quantity").asLong()).isEqualTo(5);
    assertThat(first.field("licenseId")).isEqualTo(license.get("id").asText());
    assertThat(first.field("idempotencyKey")).isEqualTo(idemKey);
    assertThat(first.field("recordedAt")).startsWith(today());
    assertThat(first.json().get("quotas")).isEmpty();
    assertThat(again.status()).as("%s", again).isEqualTo(200);
    assertThat(again.field("id")).isEqualTo(first.field("id"));
    ApiResponse read = api.get(path(license) + "?metric=api_calls", buyer.accessToken());
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.json().get("totals").get(0).get("total").asLong()).isEqualTo(5);
    assertThat(read.json().get("days").get(0).get("day").asText()).isEqualTo(today());
  }

  @Test
  void theKeyMayComeInTheIdempotencyKeyHeaderButNotTwoDifferentKeys() {
    JsonNode license = fresh().get(0);
    String headerKey = UUID.randomUUID().toString();
    byte[] withoutKey = ApiClient.json(Map.of("metric", "api_calls", "quantity", 1));

    ApiResponse created =
        report(
            path(license),
            "License " + key(license),
            withoutKey,
            Map.of("Idempotency-Key", headerKey));
    ApiResponse clash =
        report(
            path(license),
            "License " + key(license),
            ApiClient.json(Map.of("metric", "api_calls", "quantity", 1, "idempotencyKey", "other")),
            Map.of("Idempotency-Key", headerKey));

    assertThat(created.status()).as("%s", created).isEqualTo(201);
    assertThat(created.field("idempotencyKey")).isEqualTo(headerKey);
    assertProblem(clash, 400, "VALIDATION_FAILED", "idempotencyKey");
  }

  @Test
  void aReportPastTheQuotaIsUsageLimitReached() {
    JsonNode license = fresh().get(1);

    ApiResponse full = byDevice(license, "exports", 3, UUID.randomUUID().toString());
    ApiResponse over = byDevice(license, "exports", 1, UUID.randomUUID().toString());

    assertThat(full.status()).as("%s", full).isEqualTo(201);
    JsonNode daily = full.json().get("quotas").get(0);
    assertThat(daily.get("period").asText()).isEqualTo("DAY");
    assertThat(daily.get("limit").asLong()).isEqualTo(3);
    assertThat(daily.get("used").asLong()).isEqualTo(3);
    assertThat(daily.get("remaining").asLong()).isZero();
    assertThat(daily.get("reached").asBoolean()).isTrue();
    assertThat(daily.get("entitlement").asText()).isEqualTo("quota:exports:3:day");
    assertThat(full.json().get("quotas").get(1).get("period").asText()).isEqualTo("PERIOD");
    assertProblem(over, 409, "USAGE_LIMIT_REACHED");
    ApiResponse read =
        api.send("GET", path(license), null, Map.of("Authorization", "License " + key(license)));
    assertThat(read.status()).as("%s", read).isEqualTo(200);
    assertThat(read.json().get("quotas").get(0).get("used").asLong()).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"metric\":\"m\",\"quantity\":\"5\",\"idempotencyKey\":\"k\"}|quantity",
        "{\"metric\":\"m\",\"quantity\":1.5,\"idempotencyKey\":\"k\"}|quantity",
        "{\"metric\":\"m\",\"quantity\":0,\"idempotencyKey\":\"k\"}|quantity",
        "{\"metric\":\"m\",\"quantity\":-3,\"idempotencyKey\":\"k\"}|quantity",
        "{\"metric\":\"m\",\"quantity\":1000000000001,\"idempotencyKey\":\"k\"}|quantity",
        "{\"metric\":\"m\",\"quantity\":99999999999999999999,\"idempotencyKey\":\"k\"}|quantity",
        "{\"metric\":\"m\",\"idempotencyKey\":\"k\"}|quantity",
        "{\"metric\":\"Bad Metric\",\"quantity\":1,\"idempotencyKey\":\"k\"}|metric",
        "{\"metric\":7,\"quantity\":1,\"idempotencyKey\":\"k\"}|metric",
        "{\"quantity\":1,\"idempotencyKey\":\"k\"}|metric",
        "{\"metric\":\"m\",\"quantity\":1}|idempotencyKey",
        "{\"metric\":\"m\",\"quantity\":1,\"idempotencyKey\":\"\"}|idempotencyKey",
        "{\"metric\":\"m\",\"quantity\":1,\"idempotencyKey\":\"k\",\"at\":\"now\"}|at",
        "[1,2]|body",
        "not json|body"
      })
  void badReportsAre400sNamingTheField(String body, String field) {
    JsonNode license = licenses.get(0);

    ApiResponse answer =
        report(
            path(license),
            "License " + key(license),
            body.getBytes(StandardCharsets.UTF_8),
            Map.of());

    assertProblem(answer, 400, "VALIDATION_FAILED", field);
  }

  @Test
  void aMissingBodyIsA400() {
    JsonNode license = licenses.get(0);

    ApiResponse answer = report(path(license), "License " + key(license), null, Map.of());

    assertProblem(answer, 400, "VALIDATION_FAILED", "body");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "from=2026-13-01|from",
        "to=yesterday|to",
        "from=2026-03-02&to=2026-03-01|from",
        "from=2025-01-01&to=2026-01-02|from",
        "from=%2B999999999-01-01&to=%2B999999999-01-02|from",
        "metric=Not%20A%20Metric|metric"
      })
  void badReadsAre400sNamingTheParameter(String query, String field) {
    JsonNode license = licenses.get(0);
    String organization = "/v1/organizations/" + owner.organizationId() + "/analytics/";

    assertProblem(
        api.get(path(license) + "?" + query, owner.accessToken()), 400, "VALIDATION_FAILED", field);
    if (!field.equals("metric")) {
      assertProblem(
          api.get(organization + "devices?" + query, owner.accessToken()),
          400,
          "VALIDATION_FAILED",
          field);
    }
    assertProblem(
        api.get(organization + "usage?" + query, owner.accessToken()),
        400,
        "VALIDATION_FAILED",
        field);
  }

  @Test
  void withoutCredentialsReportingIsUnauthenticated() {
    ApiResponse answer =
        report(licenses.get(0), null, Map.of("metric", "m", "quantity", 1, "idempotencyKey", "k"));

    assertProblem(answer, 401, "UNAUTHENTICATED");
  }

  @Test
  void anotherLicensesKeyAnotherCustomerAndUnknownIdsFindNoLicense() {
    JsonNode license = licenses.get(0);
    Customer stranger = newCustomer();
    Map<String, Object> body = Map.of("metric", "m", "quantity", 1, "idempotencyKey", "k");

    ApiResponse otherDevice = report(license, "License " + key(licenses.get(1)), body);
    ApiResponse otherCustomer = report(license, "Bearer " + stranger.accessToken(), body);
    ApiResponse missing =
        report(
            "/v1/licenses/" + UUID.randomUUID() + "/usage",
            "Bearer " + owner.accessToken(),
            ApiClient.json(body),
            Map.of());
    ApiResponse notAnId =
        report(
            "/v1/licenses/not-an-id/usage",
            "Bearer " + owner.accessToken(),
            ApiClient.json(body),
            Map.of());

    assertProblem(otherDevice, 404, "NOT_FOUND");
    assertProblem(otherCustomer, 404, "NOT_FOUND");
    assertProblem(missing, 404, "NOT_FOUND");
    assertProblem(notAnId, 404, "NOT_FOUND");
    assertThat(otherCustomer.field("detail")).isEqualTo(missing.field("detail"));
    assertProblem(api.get(path(license), stranger.accessToken()), 404, "NOT_FOUND");
    assertProblem(
        api.get(
            "/v1/organizations/" + owner.organizationId() + "/analytics/usage",
            stranger.accessToken()),
        404,
        "NOT_FOUND");
    assertProblem(
        api.send(
            "GET",
            "/v1/organizations/" + owner.organizationId() + "/analytics/devices",
            null,
            Map.of("Authorization", "License " + key(license))),
        403,
        "FORBIDDEN");
  }

  @Test
  void organizationAnalyticsAddUpTheLicensesAndCountActiveDevices() {
    Customer buyer = newCustomer();
    List<JsonNode> bought = buyer.subscribeAndListLicenses(MeteredCatalog.PLAN, 2);
    byDevice(bought.get(0), "api_calls", 4, "a");
    byDevice(bought.get(1), "api_calls", 6, "b");
    byDevice(bought.get(1), "exports", 1, "c");
    String laptop = activate(bought.get(0), "laptop");
    activate(bought.get(1), "desktop");
    ApiResponse freed =
        api.delete(
            "/v1/activations/" + laptop, Map.of("Authorization", "License " + key(bought.get(0))));
    assertThat(freed.status()).as("%s", freed).isEqualTo(204);
    String organization = "/v1/organizations/" + buyer.organizationId() + "/analytics/";

    ApiResponse usage = api.get(organization + "usage?from=" + today(), buyer.accessToken());
    ApiResponse devices =
        api.get(organization + "devices?from=" + today() + "&to=" + today(), buyer.accessToken());

    assertThat(usage.status()).as("%s", usage).isEqualTo(200);
    assertThat(usage.field("organizationId")).isEqualTo(buyer.organizationId());
    assertThat(usage.json().get("totals").toString())
        .isEqualTo(
            "[{\"metric\":\"api_calls\",\"total\":10},{\"metric\":\"exports\",\"total\":1}]");
    assertThat(usage.json().has("quotas")).isFalse();
    assertThat(devices.status()).as("%s", devices).isEqualTo(200);
    assertThat(devices.json().get("days").toString())
        .isEqualTo("[{\"day\":\"" + today() + "\",\"activeDevices\":2}]");
  }

  private String activate(JsonNode license, String fingerprint) {
    ApiResponse activation =
        api.post("/v1/activations", Map.of("licenseKey", key(license), "fingerprint", fingerprint));
    assertThat(activation.status()).as("%s", activation).isEqualTo(201);
    return activation.field("id");
  }
}
