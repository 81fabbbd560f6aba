package org.openlicensing.server.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.openlicensing.server.testing.Problems.assertProblem;
import static org.openlicensing.server.testing.Problems.fieldsOf;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.core.catalog.CatalogFileException;
import org.openlicensing.core.catalog.CatalogSyncReport;
import org.openlicensing.rest.catalog.JsonCatalogFile;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * The catalog over HTTP: platform admins create, read and replace plans with their history, the
 * public catalog follows, and a catalog file applied on the server's database shows in both.
 */
public abstract class AdminPlansHttpContract extends ServerTestBase {

  private String admin() {
    return SignIn.superAdmin(api).accessToken();
  }

  /** Plans outlive tests within the class's server: each test makes codes of its own. */
  private static String newCode() {
    return "p-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Object> plan(String code, long monthly) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("code", code);
    plan.put("name", "Team " + code);
    plan.put("description", "For teams");
    plan.put(
        "prices",
        List.of(
            Map.of("period", "MONTHLY", "currency", "EUR", "amount", monthly),
            Map.of("period", "YEARLY", "currency", "EUR", "amount", monthly * 10)));
    plan.put("minSeats", 1);
    plan.put("maxSeats", 25);
    plan.put("trialDays", 0);
    plan.put("entitlements", List.of("core"));
    plan.put(
        "policy",
        Map.of(
            "deviceLimit", 2,
            "floating", false,
            "offlineAllowed", true,
            "graceDays", 5,
            "tokenLifetimeDays", 10));
    plan.put("kycRequired", false);
    plan.put("active", true);
    return plan;
  }

  private static Map<String, Object> with(Map<String, Object> plan, String key, Object value) {
    Map<String, Object> changed = new LinkedHashMap<>(plan);
    changed.put(key, value);
    return changed;
  }

  private JsonNode created(Map<String, Object> plan) {
    ApiResponse answer = api.post("/v1/admin/plans", plan, admin());
    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    return answer.json();
  }

  private List<String> publicCodes() {
    ApiResponse answer = api.get("/v1/plans", null);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    answer.json().get("items").forEach(p -> codes.add(p.get("code").asText()));
    return codes;
  }

  private ApiResponse raw(String method, String path, String json, String bearer) {
    return api.send(
        method,
        path,
        json.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/json", "Authorization", "Bearer " + bearer));
  }

  @Test
  void anAdminCreatesAPlanThenChangesItsPricesAndReadsItsHistory() {
    String code = newCode();

    ApiResponse create = api.post("/v1/admin/plans", plan(code, 1_500), admin());

    assertThat(create.status()).as("%s", create).isEqualTo(201);
    assertThat(create.header("Location")).endsWith("/v1/admin/plans/" + code);
    assertThat(create.json().get("version").asInt()).isEqualTo(1);
    assertThat(create.json().get("priceVersion").asInt()).isEqualTo(1);
    assertThat(create.json().get("history").get(0).get("changes").get(0).asText())
        .isEqualTo("created");
    assertThat(publicCodes()).contains(code);

    ApiResponse replace =
        api.put(
            "/v1/admin/plans/" + code,
            with(
                plan(code, 1_500),
                "prices",
                List.of(Map.of("period", "MONTHLY", "currency", "EUR", "amount", 1_900))),
            admin());

    assertThat(replace.status()).as("%s", replace).isEqualTo(200);
    JsonNode detail = api.get("/v1/admin/plans/" + code, admin()).json();
    assertThat(detail.get("version").asInt()).isEqualTo(2);
    assertThat(detail.get("priceVersion").asInt()).isEqualTo(2);
    assertThat(detail.get("plan").get("prices")).hasSize(1);
    JsonNode newest = detail.get("history").get(0);
    assertThat(newest.get("source").asText()).isEqualTo("ADMIN");
    assertThat(newest.get("savedBy").asText()).isNotBlank();
    assertThat(newest.get("changes").toString()).isEqualTo("[\"prices\"]");
    assertThat(detail.get("history").get(1).get("plan").get("prices")).hasSize(2);
    JsonNode listed = null;
    for (JsonNode item : api.get("/v1/admin/plans", admin()).json().get("items")) {
      if (item.get("code").asText().equals(code)) {
        listed = item;
      }
    }
    assertThat(listed).isNotNull();
    assertThat(listed.get("version").asInt()).isEqualTo(2);
  }

  @Test
  void whatAnAdminReadsCanBeSentBackAndChangesNothing() {
    JsonNode basic = api.get("/v1/admin/plans/basic", admin()).json();

    ApiResponse same = raw("PUT", "/v1/admin/plans/basic", basic.get("plan").toString(), admin());

    assertThat(same.status()).as("%s", same).isEqualTo(200);
    assertThat(same.json().get("version").asInt()).isEqualTo(basic.get("version").asInt());
    assertThat(same.json().get("history")).hasSameSizeAs(basic.get("history"));
  }

  @Test
  void aBodyIsReadStrictlyAndEveryFieldAtFaultIsNamed() {
    String code = newCode();
    String token = admin();

    ApiResponse unknown =
        raw(
            "POST",
            "/v1/admin/plans",
            ApiClientJson.of(plan(code, 100))
                .replace("\"graceDays\"", "\"colour\":1,\"graceDays\""),
            token);
    ApiResponse wrongType =
        raw(
            "POST",
            "/v1/admin/plans",
            ApiClientJson.of(plan(code, 100)).replace("\"amount\":100", "\"amount\":\"100\""),
            token);
    Map<String, Object> bad = with(with(plan(code, 100), "minSeats", 0), "trialDays", -1);
    bad.put("prices", List.of(Map.of("period", "MONTHLY", "currency", "EURO", "amount", 100)));
    ApiResponse invalid = api.post("/v1/admin/plans", bad, token);

    assertProblem(unknown, 400, "VALIDATION_FAILED", "policy.colour");
    assertProblem(wrongType, 400, "VALIDATION_FAILED", "prices[0].amount");
    assertProblem(invalid, 400, "VALIDATION_FAILED");
    assertThat(fieldsOf(invalid))
        .containsExactlyInAnyOrder("minSeats", "trialDays", "prices[0].currency");
    assertThat(api.get("/v1/admin/plans/" + code, token).status()).isEqualTo(404);
  }

  @Test
  void aMalformedQuotaEntitlementIsRefusedNamingItsPlace() {
    String code = newCode();
    Map<String, Object> metered =
        with(
            plan(code, 100),
            "entitlements",
            List.of("core", "quota:api_calls:10000:month", "quota:api_calls:lots:month"));

    ApiResponse answer = api.post("/v1/admin/plans", metered, admin());

    assertProblem(answer, 400, "VALIDATION_FAILED", "entitlements[2]");
    assertThat(fieldsOf(answer)).containsExactly("entitlements[2]");
    assertThat(api.get("/v1/admin/plans/" + code, admin()).status()).isEqualTo(404);
  }

  @Test
  void onlyPlatformAdminsMayUseTheEndpoints() {
    Customer customer = newCustomer();
    String code = newCode();

    for (String bearer : new String[] {customer.accessToken(), null}) {
      int expected = bearer == null ? 401 : 403;
      String errorCode = bearer == null ? "UNAUTHENTICATED" : "FORBIDDEN";
      assertProblem(api.get("/v1/admin/plans", bearer), expected, errorCode);
      assertProblem(api.get("/v1/admin/plans/pro", bearer), expected, errorCode);
      assertProblem(api.post("/v1/admin/plans", plan(code, 100), bearer), expected, errorCode);
      assertProblem(api.put("/v1/admin/plans/pro", plan("pro", 1), bearer), expected, errorCode);
    }
    assertThat(api.get("/v1/admin/plans/" + code, admin()).status()).isEqualTo(404);
  }

  @Test
  void anUnknownPlanIsNotFoundAndATakenCodeConflicts() {
    String code = newCode();

    assertProblem(api.get("/v1/admin/plans/" + code, admin()), 404, "NOT_FOUND");
    assertProblem(api.put("/v1/admin/plans/" + code, plan(code, 1), admin()), 404, "NOT_FOUND");
    assertProblem(api.post("/v1/admin/plans", plan("pro", 1), admin()), 409, "CONFLICT");
  }

  @Test
  void aRetiredPlanLeavesThePublicCatalogAndIsNotSold() {
    String code = newCode();
    created(plan(code, 700));

    ApiResponse retire =
        api.put("/v1/admin/plans/" + code, with(plan(code, 700), "active", false), admin());

    assertThat(retire.status()).as("%s", retire).isEqualTo(200);
    assertThat(retire.json().get("priceVersion").asInt()).isEqualTo(1);
    assertThat(publicCodes()).doesNotContain(code);
    ApiResponse one = api.get("/v1/plans/" + code, null);
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.json().get("active").asBoolean()).isFalse();
    Customer customer = newCustomer();
    ApiResponse buy =
        customer
            .api()
            .post(
                "/v1/subscriptions",
                Map.of(
                    "plan",
                    code,
                    "seats",
                    1,
                    "billingPeriod",
                    "MONTHLY",
                    "paymentMethod",
                    "pm_card_visa"),
                customer.accessToken());
    assertProblem(buy, 400, "VALIDATION_FAILED", "plan");
  }

  /** The one test of this class that applies files: the version applied is the database's. */
  @Test
  void catalogFilesApplyOnceAndABadOneFailsWithOneLineNamingThePath(@TempDir Path dir)
      throws IOException {
    CatalogSyncReport demo =
        JsonCatalogFile.apply(
            server.server().licensing(), getClass().getResource("/catalog/demo-catalog.json"));
    assertThat(demo.applied()).isTrue();
    assertThat(demo.unchanged()).containsExactly("basic", "pro", "enterprise");

    String code = newCode();
    Path second = dir.resolve("catalog-2.json");
    Files.writeString(
        second, "{\"version\": 2, \"plans\": [" + ApiClientJson.of(plan(code, 2_000)) + "]}");
    CatalogSyncReport applied = JsonCatalogFile.apply(server.server().licensing(), second);
    CatalogSyncReport again = JsonCatalogFile.apply(server.server().licensing(), second);

    assertThat(applied.created()).containsExactly(code);
    assertThat(again.applied()).isFalse();
    JsonNode detail = api.get("/v1/admin/plans/" + code, admin()).json();
    assertThat(detail.get("history")).hasSize(1);
    assertThat(detail.get("history").get(0).get("source").asText()).isEqualTo("FILE");
    assertThat(detail.get("history").get(0).get("catalogVersion").asInt()).isEqualTo(2);
    assertThat(publicCodes()).contains(code);

    Path bad = dir.resolve("catalog-3.json");
    Files.writeString(
        bad,
        "{\"version\": 3, \"plans\": ["
            + ApiClientJson.of(with(plan(code, 2_000), "maxSeats", 0))
            + "]}");
    CatalogFileException fault =
        catchThrowableOfType(
            CatalogFileException.class,
            () -> JsonCatalogFile.apply(server.server().licensing(), bad));
    assertThat(fault.getMessage())
        .startsWith("catalog file " + bad + ": plans[0].maxSeats ")
        .doesNotContain("\n");
    assertThat(api.get("/v1/admin/plans/" + code, admin()).json().get("version").asInt())
        .isEqualTo(1);
  }
}
