package org.openlicensing.server.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.Licensing;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.MovableClock;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * License policies over HTTP: plans carry them in the admin and public catalog, floating devices
 * heartbeat to keep their leases (the server's clock is moved by hand), validations ask for
 * entitlements and report overage, user-bound licenses wait for their holder, holders and admins
 * free devices, and a device on two licenses reaches security monitoring.
 */
public abstract class LicensePoliciesHttpContract extends ServerTestBase {
  private static final int WINDOW_SECONDS = 60;

  private final MovableClock clock = new MovableClock();
  private PolicyPlansOverHttp plans;

  @Override
  protected void customize(Licensing.Builder builder) {
    builder.clock(clock);
  }

  private PolicyPlansOverHttp plans() {
    if (plans == null) {
      plans = new PolicyPlansOverHttp(api);
    }
    return plans;
  }

  private String floatingPlan(int devices, int concurrency) {
    return plans()
        .created(
            PolicyPlansOverHttp.policy(
                devices,
                Map.of(
                    "floating",
                    true,
                    "concurrencyLimit",
                    concurrency,
                    "heartbeatWindowSeconds",
                    WINDOW_SECONDS)));
  }

  private ApiResponse activate(String key, String fingerprint) {
    return api.post("/v1/activations", Map.of("licenseKey", key, "fingerprint", fingerprint));
  }

  private String activated(String key, String fingerprint) {
    ApiResponse answer = activate(key, fingerprint);
    assertThat(answer.status()).as("%s", answer).isIn(200, 201);
    return answer.field("id");
  }

  /** As the device SDK sends it: an empty JSON object, which the server does not read. */
  private ApiResponse heartbeat(String activationId, String key) {
    return api.send(
        "POST",
        "/v1/activations/" + activationId + "/heartbeat",
        "{}".getBytes(StandardCharsets.UTF_8),
        Map.of("Authorization", "License " + key, "Content-Type", "application/json"));
  }

  private JsonNode validation(Map<String, Object> body) {
    ApiResponse answer = api.post("/v1/validations", body);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json();
  }

  private String validationCode(String key, String fingerprint) {
    return validation(Map.of("licenseKey", key, "fingerprint", fingerprint)).get("code").asText();
  }

  @Test
  void aPlansPolicyShowsInTheAdminAndThePublicCatalog() {
    String code =
        plans()
            .created(
                PolicyPlansOverHttp.policy(
                    5,
                    Map.of(
                        "floating",
                        true,
                        "concurrencyLimit",
                        2,
                        "heartbeatWindowSeconds",
                        300,
                        "userBound",
                        true,
                        "overage",
                        "ALLOW_1_5X",
                        "transferRule",
                        "KEEP")));

    JsonNode admin =
        api.get("/v1/admin/plans/" + code, plans().admin()).json().get("plan").get("policy");
    assertThat(admin.get("concurrencyLimit").asInt()).isEqualTo(2);
    assertThat(admin.get("heartbeatWindowSeconds").asInt()).isEqualTo(300);
    assertThat(admin.get("userBound").asBoolean()).isTrue();
    assertThat(admin.get("overage").asText()).isEqualTo("ALLOW_1_5X");
    assertThat(admin.get("transferRule").asText()).isEqualTo("KEEP");
    JsonNode shown = null;
    for (JsonNode plan : api.get("/v1/plans", null).json().get("items")) {
      if (plan.get("code").asText().equals(code)) {
        shown = plan.get("policy");
      }
    }
    assertThat(shown).isNotNull();
    assertThat(shown.get("floating").asBoolean()).isTrue();
    assertThat(shown.get("concurrencyLimit").asInt()).isEqualTo(2);
    assertThat(shown.get("heartbeatWindowSeconds").asLong()).isEqualTo(300);
    assertThat(shown.get("overage").asText()).isEqualTo("ALLOW_1_5X");
  }

  @Test
  void aPlanLeftWithoutTheNewPolicyFieldsTakesTheirDefaults() {
    String code = plans().created(PolicyPlansOverHttp.policy(3, Map.of()));

    JsonNode policy =
        api.get("/v1/admin/plans/" + code, plans().admin()).json().get("plan").get("policy");

    assertThat(policy.get("concurrencyLimit").asInt()).isEqualTo(3);
    assertThat(policy.get("heartbeatWindowSeconds").asInt()).isEqualTo(600);
    assertThat(policy.get("userBound").asBoolean()).isFalse();
    assertThat(policy.get("overage").asText()).isEqualTo("NONE");
    assertThat(policy.get("transferRule").asText()).isEqualTo("DEACTIVATE");
  }

  @Test
  void aBadPolicyIsRefusedNamingItsField() {
    assertProblem(
        plans()
            .create(PolicyPlansOverHttp.policy(3, Map.of("floating", true, "concurrencyLimit", 4))),
        400,
        "VALIDATION_FAILED",
        "policy.concurrencyLimit");
    assertProblem(
        plans().create(PolicyPlansOverHttp.policy(3, Map.of("concurrencyLimit", 1))),
        400,
        "VALIDATION_FAILED",
        "policy.concurrencyLimit");
    assertProblem(
        plans().create(PolicyPlansOverHttp.policy(3, Map.of("heartbeatWindowSeconds", 5))),
        400,
        "VALIDATION_FAILED",
        "policy.heartbeatWindowSeconds");
    assertProblem(
        plans().create(PolicyPlansOverHttp.policy(3, Map.of("overage", "1.5x"))),
        400,
        "VALIDATION_FAILED",
        "policy.overage");
    assertProblem(
        plans().create(PolicyPlansOverHttp.policy(3, Map.of("transferRule", 1))),
        400,
        "VALIDATION_FAILED",
        "policy.transferRule");
    assertProblem(
        plans().create(PolicyPlansOverHttp.policy(3, Map.of("userBound", "yes"))),
        400,
        "VALIDATION_FAILED",
        "policy.userBound");
  }

  @Test
  void aFloatingDeviceHeartbeatsForAFreshTokenUntilItsLeaseDies() {
    Customer ada = newCustomer();
    String key = PolicyPlansOverHttp.bought(ada, floatingPlan(3, 2), 1).get(0).get("key").asText();
    ApiResponse activation = activate(key, "d1");
    assertThat(activation.status()).isEqualTo(201);
    String id = activation.field("id");
    Instant leaseEnd = Instant.parse(activation.field("leaseExpiresAt"));
    assertThat(leaseEnd).isAfter(clock.instant());

    clock.advance(Duration.ofSeconds(WINDOW_SECONDS - 10));
    ApiResponse beat = heartbeat(id, key);

    assertThat(beat.status()).as("%s", beat).isEqualTo(200);
    assertThat(beat.field("token")).isNotBlank().isNotEqualTo(activation.field("token"));
    assertThat(Instant.parse(beat.field("leaseExpiresAt"))).isAfter(leaseEnd);
    assertThat(validationCode(key, "d1")).isEqualTo("VALID");

    clock.advance(Duration.ofSeconds(WINDOW_SECONDS));
    assertThat(validationCode(key, "d1")).isEqualTo("HEARTBEAT_DEAD");
    assertProblem(heartbeat(id, key), 409, "HEARTBEAT_DEAD");
    assertThat(activate(key, "d1").status()).isEqualTo(200);
    assertThat(validationCode(key, "d1")).isEqualTo("VALID");
  }

  @Test
  void aThirdLiveLeaseIsRefusedWhileTheDeviceLimitHasRoom() {
    Customer ada = newCustomer();
    String key = PolicyPlansOverHttp.bought(ada, floatingPlan(3, 2), 1).get(0).get("key").asText();
    activated(key, "d1");
    activated(key, "d2");

    assertProblem(activate(key, "d3"), 409, "CONCURRENCY_LIMIT_REACHED");
  }

  @Test
  void onlyTheDeviceWithItsKeyHeartbeats() {
    Customer ada = newCustomer();
    String key = PolicyPlansOverHttp.bought(ada, floatingPlan(3, 2), 1).get(0).get("key").asText();
    String id = activated(key, "d1");

    assertProblem(
        api.send(
            "POST",
            "/v1/activations/" + id + "/heartbeat",
            null,
            Map.of("Authorization", "Bearer " + ada.accessToken())),
        404,
        "NOT_FOUND");
    String otherKey = PolicyPlansOverHttp.bought(ada, "basic", 1).get(0).get("key").asText();
    assertProblem(heartbeat(id, otherKey), 404, "NOT_FOUND");
    assertProblem(heartbeat(UUID.randomUUID().toString(), key), 404, "NOT_FOUND");
    assertProblem(
        api.send("POST", "/v1/activations/" + id + "/heartbeat", null, Map.of()),
        401,
        "UNAUTHENTICATED");
  }

  @Test
  void aValidationAsksForEntitlementsAndReportsOverage() {
    Customer ada = newCustomer();
    String plan = plans().created(PolicyPlansOverHttp.policy(2, Map.of("overage", "ALLOW_1_5X")));
    String key = PolicyPlansOverHttp.bought(ada, plan, 1).get(0).get("key").asText();
    activated(key, "d1");
    activated(key, "d2");

    JsonNode atLimit =
        validation(Map.of("licenseKey", key, "fingerprint", "d1", "entitlements", List.of("core")));
    assertThat(atLimit.get("valid").asBoolean()).isTrue();
    assertThat(atLimit.get("overage").asBoolean()).isFalse();
    assertThat(atLimit.get("license").get("policy").get("overage").asText())
        .isEqualTo("ALLOW_1_5X");

    activated(key, "d3");
    JsonNode inBand = validation(Map.of("licenseKey", key, "fingerprint", "d3"));
    assertThat(inBand.get("code").asText()).isEqualTo("VALID");
    assertThat(inBand.get("overage").asBoolean()).isTrue();
    assertProblem(activate(key, "d4"), 409, "DEVICE_LIMIT_REACHED");

    JsonNode missing =
        validation(Map.of("licenseKey", key, "entitlements", List.of("core", "sso")));
    assertThat(missing.get("valid").asBoolean()).isFalse();
    assertThat(missing.get("code").asText()).isEqualTo("ENTITLEMENT_MISSING");
  }

  @Test
  void badEntitlementsAreRefusedNamingTheField() {
    String key = newCustomer().subscribeAndListLicenses("basic", 1).get(0).get("key").asText();
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      tooMany.add("e" + i);
    }

    assertProblem(
        raw("/v1/validations", "{\"licenseKey\":\"" + key + "\",\"entitlements\":\"core\"}"),
        400,
        "VALIDATION_FAILED",
        "entitlements");
    assertProblem(
        raw("/v1/validations", "{\"licenseKey\":\"" + key + "\",\"entitlements\":[\"core\",7]}"),
        400,
        "VALIDATION_FAILED",
        "entitlements[1]");
    assertProblem(
        api.post("/v1/validations", Map.of("licenseKey", key, "entitlements", List.of(" "))),
        400,
        "VALIDATION_FAILED",
        "entitlements[0]");
    assertProblem(
        api.post("/v1/validations", Map.of("licenseKey", key, "entitlements", tooMany)),
        400,
        "VALIDATION_FAILED",
        "entitlements");
  }

  private ApiResponse raw(String path, String json) {
    return api.send(
        "POST",
        path,
        json.getBytes(StandardCharsets.UTF_8),
        Map.of("Content-Type", "application/json"));
  }

  @Test
  void aUserBoundLicenseActivatesOnceItHasAHolder() {
    Customer ada = newCustomer();
    String plan = plans().created(PolicyPlansOverHttp.policy(2, Map.of("userBound", true)));
    JsonNode license = PolicyPlansOverHttp.bought(ada, plan, 1).get(0);
    String key = license.get("key").asText();

    assertProblem(activate(key, "d1"), 409, "LICENSE_NOT_ASSIGNED");

    ApiResponse assigned =
        api.put(
            "/v1/licenses/" + license.get("id").asText() + "/assignee",
            Map.of("email", ada.email()),
            ada.accessToken());
    assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
    assertThat(activate(key, "d1").status()).isEqualTo(201);
  }

  @Test
  void theHolderResetsItsDevicesThreeTimesThenWaits() {
    Customer ada = newCustomer();
    JsonNode license = ada.subscribeAndListLicenses("pro", 1).get(0);
    String id = license.get("id").asText();
    String key = license.get("key").asText();
    activated(key, "d1");
    activated(key, "d2");

    for (int i = 0; i < 3; i++) {
      ApiResponse reset = api.post("/v1/licenses/" + id + "/reset", null, ada.accessToken());
      assertThat(reset.status()).as("%s", reset).isEqualTo(200);
      assertThat(reset.json().get("activations").asInt()).isZero();
    }
    assertThat(validationCode(key, "d1")).isEqualTo("NOT_ACTIVATED");

    ApiResponse limited = api.post("/v1/licenses/" + id + "/reset", null, ada.accessToken());
    assertProblem(limited, 429, "RATE_LIMITED");
    assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
    assertProblem(
        api.post("/v1/licenses/" + id + "/reset", null, newCustomer().accessToken()),
        404,
        "NOT_FOUND");
  }

  @Test
  void platformAdminsResetAnyLicenseAndTheResetIsAudited() {
    Customer ada = newCustomer();
    JsonNode license = ada.subscribeAndListLicenses("pro", 1).get(0);
    String id = license.get("id").asText();
    activated(license.get("key").asText(), "d1");

    assertProblem(
        api.post("/v1/admin/licenses/" + id + "/reset", null, ada.accessToken()), 403, "FORBIDDEN");
    ApiResponse reset = api.post("/v1/admin/licenses/" + id + "/reset", null, plans().admin());
    assertThat(reset.status()).as("%s", reset).isEqualTo(200);
    assertThat(reset.json().get("activations").asInt()).isZero();
    assertProblem(
        api.post("/v1/admin/licenses/" + UUID.randomUUID() + "/reset", null, plans().admin()),
        404,
        "NOT_FOUND");

    JsonNode events =
        api.get("/v1/admin/audit-events?action=license.reset&targetId=" + id, plans().admin())
            .json()
            .get("items");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("details").get("by").asText()).isEqualTo("platform-admin");
    assertThat(events.get(0).get("details").get("devicesDeactivated").asText()).isEqualTo("1");
  }

  @Test
  void aDeviceOnTwoLicensesIsAllowedAndReachesSecurityMonitoring() {
    Customer ada = newCustomer();
    List<JsonNode> licenses = PolicyPlansOverHttp.bought(ada, "pro", 2);
    String fingerprint = "shared-" + UUID.randomUUID();
    activated(licenses.get(0).get("key").asText(), fingerprint);

    assertThat(activate(licenses.get(1).get("key").asText(), fingerprint).status()).isEqualTo(201);

    JsonNode reuse = null;
    for (JsonNode event :
        api.get("/v1/admin/security-events?limit=200", plans().admin()).json().get("items")) {
      JsonNode details = event.get("details");
      if (event.get("type").asText().equals("FINGERPRINT_REUSED")
          && details.path("fingerprint").asText().equals(fingerprint)) {
        reuse = details;
      }
    }
    assertThat(reuse).as("the reuse event").isNotNull();
    assertThat(reuse.get("licenseId").asText()).isEqualTo(licenses.get(1).get("id").asText());
    assertThat(reuse.get("otherLicenseIds").asText()).isEqualTo(licenses.get(0).get("id").asText());
  }
}
