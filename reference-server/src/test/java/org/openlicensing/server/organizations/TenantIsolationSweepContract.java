package org.openlicensing.server.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openlicensing.rest.LicensingApplication;
import org.openlicensing.server.organizations.ApiEndpoints.Endpoint;
import org.openlicensing.server.organizations.Tenant.IdKind;
import org.openlicensing.server.testing.ApiClient;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Tenant isolation, proven by a sweep: every endpoint of the REST API that takes an id in its path,
 * found in the JAX-RS resource model, is called by the owner of organization A with the id of an
 * object of organization B, and with an id that exists nowhere. Both answer 404 with the same body
 * (but for the request id), in about the same time. A path parameter the sweep does not know fails
 * it, so that a new kind of id gets swept too.
 */
public abstract class TenantIsolationSweepContract extends ServerTestBase {
  private static final int ROUNDS = 5;
  private static final long SLACK_NANOS = 10_000_000;
  private static final int FACTOR = 5;

  /** Endpoints for platform staff only; listed, not swept. */
  private static final String STAFF = "/v1/admin/";

  /** The kind of object a path parameter names, by the segment before it and its name. */
  private static final Map<String, IdKind> KINDS =
      Map.of(
          "organizations/{organizationId}", IdKind.ORGANIZATION,
          "members/{accountId}", IdKind.MEMBER,
          "invitations/{invitationId}", IdKind.INVITATION,
          "api-keys/{keyId}", IdKind.API_KEY,
          "subscriptions/{id}", IdKind.SUBSCRIPTION,
          "invoices/{id}", IdKind.INVOICE,
          "licenses/{id}", IdKind.LICENSE,
          "activations/{id}", IdKind.ACTIVATION,
          "sessions/{id}", IdKind.SESSION);

  /** Path parameters that name nothing a tenant owns, and why. */
  private static final Map<String, String> NOT_IDS =
      Map.of(
          "plans/{code}", "the code of a plan in the public catalog",
          "webhooks/{provider}", "the name of a webhook provider, such as stripe");

  private final List<String> timings = new ArrayList<>();

  private List<Endpoint> endpoints() {
    return ApiEndpoints.of(new LicensingApplication(server.server().licensing()));
  }

  private static boolean forStaff(Endpoint endpoint) {
    return endpoint.template().startsWith(STAFF);
  }

  /** The endpoints a tenant may call with ids in their paths. */
  private List<Endpoint> swept() {
    return endpoints().stream()
        .filter(e -> !forStaff(e))
        .filter(e -> e.pathParameters().stream().anyMatch(p -> KINDS.containsKey(e.segmentOf(p))))
        .toList();
  }

  @Test
  void theResourceModelShowsTheEndpointsThatTakeIds() {
    List<String> found = swept().stream().map(Endpoint::toString).toList();

    System.out.println("Tenant isolation sweep: " + found.size() + " endpoints take tenant ids");
    found.forEach(e -> System.out.println("  swept      " + e));
    for (Endpoint endpoint : endpoints()) {
      if (forStaff(endpoint) && !endpoint.pathParameters().isEmpty()) {
        System.out.println("  staff only " + endpoint);
      } else if (endpoint.pathParameters().stream()
          .anyMatch(p -> NOT_IDS.containsKey(endpoint.segmentOf(p)))) {
        System.out.println("  no ids     " + endpoint);
      }
    }
    assertThat(found)
        .contains(
            "GET /v1/organizations/{organizationId}",
            "PATCH /v1/organizations/{organizationId} (application/json)",
            "DELETE /v1/organizations/{organizationId}/members/{accountId}",
            "POST /v1/organizations/{organizationId}/invitations/bulk (text/csv)",
            "POST /v1/organizations/{organizationId}/invitations/bulk (application/json)",
            "POST /v1/organizations/{organizationId}/invitations/{invitationId}/resend",
            "DELETE /v1/organizations/{organizationId}/api-keys/{keyId}",
            "GET /v1/organizations/{organizationId}/audit-events",
            "GET /v1/subscriptions/{id}",
            "PUT /v1/licenses/{id}/assignee (application/json)",
            "POST /v1/licenses/{id}/usage (application/json)",
            "GET /v1/organizations/{organizationId}/analytics/devices",
            "GET /v1/organizations/{organizationId}/licenses/export",
            "GET /v1/organizations/{organizationId}/activations/export",
            "POST /v1/organizations/{organizationId}/licenses/assignments (text/csv)",
            "POST /v1/organizations/{organizationId}/licenses/assignments (application/json)",
            "DELETE /v1/activations/{id}",
            "POST /v1/activations/{id}/heartbeat",
            "POST /v1/licenses/{id}/transfer (application/json)",
            "POST /v1/licenses/{id}/reset",
            "DELETE /v1/me/sessions/{id}");
  }

  @Test
  void everyPathParameterIsAKindOfIdTheSweepKnows() {
    List<String> unknown = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      if (forStaff(endpoint)) {
        continue;
      }
      for (String parameter : endpoint.pathParameters()) {
        String segment = endpoint.segmentOf(parameter);
        if (!KINDS.containsKey(segment) && !NOT_IDS.containsKey(segment)) {
          unknown.add(segment + " in " + endpoint);
        }
      }
    }

    assertThat(unknown)
        .as(
            "path parameters the sweep cannot fill: add their kind to KINDS (and an object of that"
                + " kind to Tenant) or, if they name nothing a tenant owns, to NOT_IDS")
        .isEmpty();
  }

  @Test
  void everySweptEndpointThatReadsABodyGetsAPlausibleOne() {
    List<String> missing = new ArrayList<>();
    for (Endpoint endpoint : swept()) {
      if (endpoint.takesBody() && !isCsv(endpoint) && jsonBody(endpoint, null) == null) {
        missing.add(endpoint.toString());
      }
    }

    assertThat(missing)
        .as("endpoints the sweep sends no body, so that they might answer 400 before 404")
        .isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> anotherTenantsIdAnswersExactlyLikeAMissingOne() {
    List<Endpoint> endpoints = swept();
    Tenant a = Tenant.create(api, mailbox, newCustomer(), "Tenant A");
    Tenant b = Tenant.create(api, mailbox, newCustomer(), "Tenant B");
    ApiClient client = api.fromAnotherAddress();
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      for (String parameter : endpoint.pathParameters()) {
        IdKind kind = KINDS.get(endpoint.segmentOf(parameter));
        if (kind != null) {
          tests.add(
              DynamicTest.dynamicTest(
                  endpoint + " with " + parameter + " of another tenant",
                  () -> sweep(client, endpoint, parameter, a, b)));
        }
      }
    }
    return tests.stream();
  }

  private void sweep(ApiClient client, Endpoint endpoint, String parameter, Tenant a, Tenant b) {
    IdKind kind = KINDS.get(endpoint.segmentOf(parameter));
    String foreign = path(endpoint, parameter, b.id(kind), a);
    call(client, endpoint, path(endpoint, parameter, UUID.randomUUID().toString(), a), a);
    call(client, endpoint, foreign, a);
    long[] foreignNanos = new long[ROUNDS];
    long[] missingNanos = new long[ROUNDS];
    ApiResponse reference = null;
    for (int round = 0; round < ROUNDS; round++) {
      String missing = path(endpoint, parameter, UUID.randomUUID().toString(), a);
      ApiResponse missingAnswer;
      ApiResponse foreignAnswer;
      if (round % 2 == 0) {
        long start = System.nanoTime();
        missingAnswer = call(client, endpoint, missing, a);
        long middle = System.nanoTime();
        foreignAnswer = call(client, endpoint, foreign, a);
        missingNanos[round] = middle - start;
        foreignNanos[round] = System.nanoTime() - middle;
      } else {
        long start = System.nanoTime();
        foreignAnswer = call(client, endpoint, foreign, a);
        long middle = System.nanoTime();
        missingAnswer = call(client, endpoint, missing, a);
        foreignNanos[round] = middle - start;
        missingNanos[round] = System.nanoTime() - middle;
      }
      assertNotFoundAlike(foreignAnswer, missingAnswer, endpoint + " with another tenant's id");
      reference = missingAnswer;
    }
    for (Map.Entry<IdKind, String> own : a.ids().entrySet()) {
      if (own.getKey() != kind) {
        ApiResponse answer =
            call(client, endpoint, path(endpoint, parameter, own.getValue(), a), a);
        assertNotFoundAlike(answer, reference, endpoint + " with the tenant's own " + own.getKey());
      }
    }
    long foreignMedian = median(foreignNanos);
    long missingMedian = median(missingNanos);
    String line =
        String.format(
            "  %-90s %-14s foreign %6.2f ms, missing %6.2f ms",
            endpoint, parameter, foreignMedian / 1e6, missingMedian / 1e6);
    System.out.println(line);
    synchronized (timings) {
      timings.add(foreignMedian + " " + missingMedian);
    }
    assertThat(foreignMedian)
        .as("median time with another tenant's id against a missing one (%s)", line.strip())
        .isLessThanOrEqualTo(FACTOR * missingMedian + SLACK_NANOS);
  }

  @AfterAll
  void printTheTimings() {
    if (timings.isEmpty()) {
      return;
    }
    long[] foreign = timings.stream().mapToLong(t -> Long.parseLong(t.split(" ")[0])).toArray();
    long[] missing = timings.stream().mapToLong(t -> Long.parseLong(t.split(" ")[1])).toArray();
    System.out.printf(
        "Tenant isolation sweep on %s: %d endpoint parameters, median of the medians: foreign"
            + " %.2f ms, missing %.2f ms%n",
        getClass().getSimpleName(), timings.size(), median(foreign) / 1e6, median(missing) / 1e6);
  }

  /** Both answers are 404 problems that differ in nothing but the request's own id. */
  private static void assertNotFoundAlike(ApiResponse answer, ApiResponse missing, String what) {
    assertProblem(answer, 404, "NOT_FOUND");
    assertProblem(missing, 404, "NOT_FOUND");
    assertThat(withoutRequestIds(answer.json()))
        .as("%s: %s, where a missing id answers %s", what, answer, missing)
        .isEqualTo(withoutRequestIds(missing.json()));
  }

  private static JsonNode withoutRequestIds(JsonNode problem) {
    ObjectNode copy = problem.deepCopy();
    copy.remove("requestId");
    copy.remove("instance");
    return copy;
  }

  /** The endpoint's path with the parameter set to {@code value} and the others to A's ids. */
  private static String path(Endpoint endpoint, String parameter, String value, Tenant a) {
    List<String> values = new ArrayList<>();
    for (String p : endpoint.pathParameters()) {
      values.add(p.equals(parameter) ? value : a.id(KINDS.get(endpoint.segmentOf(p))));
    }
    return endpoint.fill(values);
  }

  private static ApiResponse call(ApiClient client, Endpoint endpoint, String path, Tenant a) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Authorization", "Bearer " + a.bearer());
    byte[] body = null;
    if (endpoint.takesBody()) {
      headers.put("Content-Type", endpoint.consumes());
      body =
          isCsv(endpoint)
              ? (Team.newAddress("swept") + ",MEMBER\n").getBytes(StandardCharsets.UTF_8)
              : ApiClient.json(jsonBody(endpoint, a));
    }
    return client.send(endpoint.method(), path, body, headers);
  }

  private static boolean isCsv(Endpoint endpoint) {
    return "text/csv".equals(endpoint.consumes());
  }

  /**
   * A body the endpoint would take from the owner of A (from anyone, for a null tenant), so that no
   * validation answers before the check of the ids; null for an endpoint the sweep has no body for.
   */
  private static Object jsonBody(Endpoint endpoint, Tenant a) {
    String member = a == null ? UUID.randomUUID().toString() : a.id(IdKind.MEMBER);
    String organization = "/v1/organizations/{organizationId}";
    String key = endpoint.method() + " " + endpoint.template();
    if (key.equals("PATCH " + organization)) {
      return Map.of("name", "Renamed by the sweep");
    }
    if (key.equals("POST " + organization + "/ownership-transfer")) {
      return Map.of("accountId", member);
    }
    if (key.equals("PATCH " + organization + "/members/{accountId}")) {
      return Map.of("role", "MEMBER");
    }
    if (key.equals("POST " + organization + "/members/bulk-role-change")) {
      return Map.of("changes", List.of(Map.of("accountId", member, "role", "MEMBER")));
    }
    if (key.equals("POST " + organization + "/members/bulk-removal")) {
      return Map.of("accountIds", List.of(member));
    }
    if (key.equals("POST " + organization + "/invitations")) {
      return Map.of("email", Team.newAddress("swept"), "role", "MEMBER");
    }
    if (key.equals("POST " + organization + "/invitations/bulk")) {
      return Map.of(
          "invitations", List.of(Map.of("email", Team.newAddress("swept"), "role", "MEMBER")));
    }
    if (key.equals("POST " + organization + "/licenses/assignments")) {
      return Map.of(
          "assignments",
          List.of(Map.of("email", Team.newAddress("swept"), "licenseId", UUID.randomUUID())));
    }
    if (key.equals("POST " + organization + "/api-keys")) {
      return Map.of("name", "swept", "scopes", List.of("READ"));
    }
    if (key.equals("PUT /v1/licenses/{id}/assignee")
        || key.equals("POST /v1/licenses/{id}/assign")
        || key.equals("POST /v1/licenses/{id}/transfer")) {
      return Map.of("accountId", member);
    }
    if (key.equals("POST /v1/licenses/{id}/usage")) {
      return Map.of(
          "metric", "swept", "quantity", 1, "idempotencyKey", UUID.randomUUID().toString());
    }
    if (key.equals("PATCH /v1/subscriptions/{id}")) {
      return Map.of("seats", 2);
    }
    if (key.equals("POST /v1/subscriptions/{id}/cancel")) {
      return Map.of("atPeriodEnd", true);
    }
    return null;
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
