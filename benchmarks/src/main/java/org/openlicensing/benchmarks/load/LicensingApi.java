package org.openlicensing.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openlicensing.core.licenses.DefaultLicenseService;

/**
 * The few calls that seed the server under load, over its public API as a customer makes them: sign
 * in, buy enterprise seats with the sandbox's paying card, list the licenses, activate.
 */
final class LicensingApi {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private String accessToken;

  LicensingApi(URI base) {
    this.base = base;
  }

  record Answer(int status, JsonNode body) {
    JsonNode require(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(what + " answered " + status + ": " + body);
      }
      return body;
    }
  }

  void signIn(String email, String password) {
    accessToken =
        post(
                "/v1/auth/token",
                Map.of("grant_type", "password", "email", email, "password", password))
            .require(200, "sign-in")
            .get("access_token")
            .asText();
  }

  String personalOrganizationId() {
    return get("/v1/me").require(200, "GET /v1/me").get("personalOrganizationId").asText();
  }

  JsonNode subscribe(String organizationId, String plan, int seats) {
    return post(
            "/v1/subscriptions",
            Map.of(
                "organizationId",
                organizationId,
                "plan",
                plan,
                "seats",
                seats,
                "billingPeriod",
                "MONTHLY",
                "paymentMethod",
                "pm_card_visa"))
        .require(201, "POST /v1/subscriptions");
  }

  /** Every license the caller sees, page by page. */
  List<JsonNode> licenses() {
    List<JsonNode> all = new ArrayList<>();
    String cursor = null;
    do {
      String path =
          "/v1/licenses?limit="
              + DefaultLicenseService.MAX_PAGE_SIZE
              + (cursor == null
                  ? ""
                  : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
      JsonNode page = get(path).require(200, "GET /v1/licenses");
      page.get("items").forEach(all::add);
      JsonNode next = page.get("nextCursor");
      cursor = next == null || next.isNull() ? null : next.asText();
    } while (cursor != null);
    return all;
  }

  Answer activate(String licenseKey, String fingerprint) {
    return post(
        "/v1/activations",
        Map.of(
            "licenseKey",
            licenseKey,
            "fingerprint",
            fingerprint,
            "name",
            "load test",
            "platform",
            "linux-x86_64"));
  }

  Answer validate(String licenseKey, String fingerprint) {
    return post("/v1/validations", Map.of("licenseKey", licenseKey, "fingerprint", fingerprint));
  }

  Answer get(String path) {
    return send(request(path).GET().build());
  }

  Answer post(String path, Object body) {
    try {
      return send(
          request(path)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)))
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(120))
            .header("Accept", "application/json");
    if (accessToken != null) {
      builder.header("Authorization", "Bearer " + accessToken);
    }
    return builder;
  }

  private Answer send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      byte[] bytes = response.body();
      JsonNode body = bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
      return new Answer(response.statusCode(), body);
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
