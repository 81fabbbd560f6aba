package org.openlicensing.server.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.SignIn;

/**
 * Plans with the policy a test needs, made by the super admin over {@code POST /v1/admin/plans},
 * and licenses bought on them over {@code POST /v1/subscriptions}.
 */
public final class PolicyPlansOverHttp {
  private final ApiClient api;
  private String admin;

  public PolicyPlansOverHttp(ApiClient api) {
    this.api = api;
  }

  /** The super admin's access token, signed in once per test class and kept fresh enough. */
  public synchronized String admin() {
    if (admin == null) {
      admin = SignIn.superAdmin(api).accessToken();
    }
    return admin;
  }

  /** A node-locked policy of {@code deviceLimit} devices, changed by {@code extra}. */
  public static Map<String, Object> policy(int deviceLimit, Map<String, Object> extra) {
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("deviceLimit", deviceLimit);
    policy.put("floating", false);
    policy.put("offlineAllowed", true);
    policy.put("graceDays", 3);
    policy.put("tokenLifetimeDays", 7);
    policy.putAll(extra);
    return policy;
  }

  public static Map<String, Object> plan(String code, Map<String, Object> policy) {
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("code", code);
    plan.put("name", "Plan " + code);
    plan.put("description", "For tests of license policies");
    plan.put("prices", List.of(Map.of("period", "MONTHLY", "currency", "EUR", "amount", 1_000)));
    plan.put("minSeats", 1);
    plan.put("maxSeats", 50);
    plan.put("trialDays", 0);
    plan.put("entitlements", List.of("core", "exports"));
    plan.put("policy", policy);
    plan.put("kycRequired", false);
    plan.put("active", true);
    return plan;
  }

  public static String newCode() {
    return "pol-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The answer to creating a plan with the policy. */
  public ApiResponse create(Map<String, Object> policy) {
    return api.post("/v1/admin/plans", plan(newCode(), policy), admin());
  }

  /** A new plan with the policy; fails the test unless it is made. */
  public String created(Map<String, Object> policy) {
    ApiResponse answer = create(policy);
    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    return answer.json().get("code").asText();
  }

  /** The licenses of a new subscription of the customer's personal organization to the plan. */
  public static List<JsonNode> bought(Customer customer, String plan, int seats) {
    ApiResponse subscription = customer.subscribe(plan, seats, "pm_card_visa");
    assertThat(subscription.status()).as("subscribe: %s", subscription).isEqualTo(201);
    String id = subscription.field("id");
    List<JsonNode> ours =
        customer.licenses().stream()
            .filter(l -> l.get("subscriptionId").asText().equals(id))
            .toList();
    assertThat(ours).hasSize(seats);
    return ours;
  }
}
