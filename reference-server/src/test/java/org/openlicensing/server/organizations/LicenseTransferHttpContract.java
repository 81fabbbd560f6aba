package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openlicensing.server.licenses.PolicyPlansOverHttp;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Licenses moved between the members of an organization over HTTP: by account id or address, the
 * former holder's devices deactivated or kept as the plan's policy says, the move audited, and
 * refused to those who do not manage licenses; holders free their own license's devices.
 */
public abstract class LicenseTransferHttpContract extends ServerTestBase {
  private PolicyPlansOverHttp plans;
  private Team team;
  private Customer bea;
  private Customer cyd;

  /** The operator allows one reset per license a month, to be seen over HTTP. */
  @Override
  protected Map<String, String> environment() {
    return Map.of("LICENSING_LICENSE_RESET_LIMIT", "1/30d");
  }

  @BeforeEach
  void team() {
    if (plans == null) {
      plans = new PolicyPlansOverHttp(api);
    }
    team = Team.create(api, mailbox, newCustomer(), "Movers");
    bea = newCustomer();
    cyd = newCustomer();
    team.join(bea, "MEMBER");
    team.join(cyd, "MEMBER");
  }

  private String owner() {
    return team.founder().accessToken();
  }

  /** A license of a new plan with the transfer rule, held by bea, with one device of hers. */
  private JsonNode heldByBea(String transferRule, String device) {
    String plan =
        plans.created(PolicyPlansOverHttp.policy(3, Map.of("transferRule", transferRule)));
    ApiResponse bought = team.buy(owner(), plan, 1);
    assertThat(bought.status()).as("%s", bought).isEqualTo(201);
    JsonNode license =
        team.licensesSeenBy(owner()).stream()
            .filter(l -> l.get("plan").asText().equals(plan))
            .findFirst()
            .orElseThrow();
    team.assigned(license.get("id").asText(), bea.id());
    ApiResponse activation =
        api.post(
            "/v1/activations",
            Map.of("licenseKey", license.get("key").asText(), "fingerprint", device));
    assertThat(activation.status()).as("%s", activation).isEqualTo(201);
    return license;
  }

  private ApiResponse transfer(String licenseId, Object body, String bearer) {
    return api.post("/v1/licenses/" + licenseId + "/transfer", body, bearer);
  }

  private String validationCode(JsonNode license, String fingerprint) {
    return api.post(
            "/v1/validations",
            Map.of("licenseKey", license.get("key").asText(), "fingerprint", fingerprint))
        .field("code");
  }

  @Test
  void aTransferDeactivatesTheFormerHoldersDevicesAndIsAudited() {
    JsonNode license = heldByBea("DEACTIVATE", "beas-laptop");
    String id = license.get("id").asText();

    ApiResponse moved = transfer(id, Map.of("accountId", cyd.id()), owner());

    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
    assertThat(moved.json().get("assignee").get("id").asText()).isEqualTo(cyd.id());
    assertThat(moved.json().get("activations").asInt()).isZero();
    assertThat(validationCode(license, "beas-laptop")).isEqualTo("NOT_ACTIVATED");
    JsonNode events =
        api.get(team.path("/audit-events?action=license.transferred"), owner()).json().get("items");
    assertThat(events).hasSize(1);
    assertThat(events.get(0).get("targetId").asText()).isEqualTo(id);
    assertThat(events.get(0).get("details").get("formerAssignee").asText()).isEqualTo(bea.id());
    assertThat(events.get(0).get("details").get("devicesDeactivated").asText()).isEqualTo("1");
  }

  @Test
  void aTransferByAddressKeepsTheDevicesWhenThePolicySaysSo() {
    JsonNode license = heldByBea("KEEP", "workstation");
    String id = license.get("id").asText();

    ApiResponse moved = transfer(id, Map.of("email", cyd.email()), owner());

    assertThat(moved.status()).as("%s", moved).isEqualTo(200);
    assertThat(moved.json().get("assignee").get("email").asText()).isEqualTo(cyd.email());
    assertThat(moved.json().get("activations").asInt()).isEqualTo(1);
    assertThat(validationCode(license, "workstation")).isEqualTo("VALID");
    assertProblem(api.get("/v1/licenses/" + id, bea.accessToken()), 404, "NOT_FOUND");
    assertThat(api.get("/v1/licenses/" + id, cyd.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void aBadRecipientIsRefusedNamingTheField() {
    String id = heldByBea("DEACTIVATE", "d1").get("id").asText();
    Customer outsider = newCustomer();

    assertProblem(transfer(id, Map.of(), owner()), 400, "VALIDATION_FAILED", "accountId");
    assertProblem(
        transfer(id, Map.of("accountId", cyd.id(), "email", cyd.email()), owner()),
        400,
        "VALIDATION_FAILED",
        "email");
    assertProblem(
        transfer(id, Map.of("accountId", outsider.id()), owner()),
        400,
        "VALIDATION_FAILED",
        "accountId");
    assertProblem(
        transfer(id, Map.of("email", outsider.email()), owner()),
        400,
        "VALIDATION_FAILED",
        "email");
    assertProblem(
        transfer(id, Map.of("email", "no address"), owner()), 400, "VALIDATION_FAILED", "email");
    assertProblem(
        transfer(id, Map.of("accountId", "not-a-uuid"), owner()),
        400,
        "VALIDATION_FAILED",
        "accountId");
    assertProblem(
        transfer(id, Map.of("accountId", cyd.id(), "colour", "blue"), owner()),
        400,
        "VALIDATION_FAILED",
        "colour");
    assertProblem(
        api.send(
            "POST",
            "/v1/licenses/" + id + "/transfer",
            "{".getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "application/json", "Authorization", "Bearer " + owner())),
        400,
        "VALIDATION_FAILED",
        "body");
    assertThat(api.get("/v1/licenses/" + id, owner()).json().get("assignee").get("id").asText())
        .isEqualTo(bea.id());
  }

  @Test
  void onlyLicenseManagersTransferAndStrangersFindNothing() {
    String id = heldByBea("DEACTIVATE", "d1").get("id").asText();

    assertProblem(transfer(id, Map.of("accountId", cyd.id()), bea.accessToken()), 403, "FORBIDDEN");
    assertProblem(
        transfer(id, Map.of("accountId", cyd.id()), newCustomer().accessToken()), 404, "NOT_FOUND");
    assertProblem(
        transfer(UUID.randomUUID().toString(), Map.of("accountId", cyd.id()), owner()),
        404,
        "NOT_FOUND");
  }

  @Test
  void aHolderResetsItsLicenseButAnotherMemberMayNot() {
    JsonNode license = heldByBea("DEACTIVATE", "d1");
    String id = license.get("id").asText();

    assertProblem(
        api.post("/v1/licenses/" + id + "/reset", null, cyd.accessToken()), 403, "FORBIDDEN");
    ApiResponse reset = api.post("/v1/licenses/" + id + "/reset", null, bea.accessToken());

    assertThat(reset.status()).as("%s", reset).isEqualTo(200);
    assertThat(validationCode(license, "d1")).isEqualTo("NOT_ACTIVATED");
    JsonNode items =
        api.get(team.path("/audit-events?action=license.reset"), owner()).json().get("items");
    assertThat(items).hasSize(1);
    assertThat(items.get(0).get("actorAccountId").asText()).isEqualTo(bea.id());
  }

  @Test
  void aLicenseIsAssignedByPostWithAnAddressAsTheDesignNamesIt() {
    String plan = plans.created(PolicyPlansOverHttp.policy(2, Map.of()));
    assertThat(team.buy(owner(), plan, 1).status()).isEqualTo(201);
    String id =
        team.licensesSeenBy(owner()).stream()
            .filter(l -> l.get("plan").asText().equals(plan))
            .findFirst()
            .orElseThrow()
            .get("id")
            .asText();

    ApiResponse assigned =
        api.post("/v1/licenses/" + id + "/assign", Map.of("email", bea.email()), owner());

    assertThat(assigned.status()).as("%s", assigned).isEqualTo(200);
    assertThat(assigned.json().get("assignee").get("id").asText()).isEqualTo(bea.id());
    assertProblem(
        api.post("/v1/licenses/" + id + "/assign", Map.of("email", cyd.email()), owner()),
        409,
        "CONFLICT");
  }

  @Test
  void theOperatorsLimitOnResetsHolds() {
    String id = heldByBea("DEACTIVATE", "d1").get("id").asText();

    assertThat(api.post("/v1/licenses/" + id + "/reset", null, bea.accessToken()).status())
        .isEqualTo(200);
    assertProblem(api.post("/v1/licenses/" + id + "/reset", null, owner()), 429, "RATE_LIMITED");
  }
}
