package org.openlicensing.server.licenses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.client.LicenseClient;
import org.openlicensing.api.client.OfflineStatus;
import org.openlicensing.api.client.PinnedJwks;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;

/**
 * Devices without the network, over HTTP with the device SDK: an air-gapped device activated by a
 * request file uploaded by its owner and a response file carried back, and signed license files for
 * activated devices; every refusal a problem naming its code and field.
 */
public abstract class OfflineFilesHttpContract extends ServerTestBase {
  @TempDir Path devices;
  private PolicyPlansOverHttp plans;
  private String offlinePlan;

  private PolicyPlansOverHttp plans() {
    if (plans == null) {
      plans = new PolicyPlansOverHttp(api);
    }
    return plans;
  }

  /** A plan of two devices per license, offline allowed, seven-day tokens. */
  private String offlinePlan() {
    if (offlinePlan == null) {
      offlinePlan = plans().created(PolicyPlansOverHttp.policy(2, Map.of()));
    }
    return offlinePlan;
  }

  private JsonNode license(Customer owner) {
    return PolicyPlansOverHttp.bought(owner, offlinePlan(), 1).get(0);
  }

  private LicenseClient device(JsonNode license, String fingerprint) throws Exception {
    ApiResponse keys = api.get("/.well-known/jwks.json", null);
    JWKSet pinned = PinnedJwks.parse(keys.text());
    return LicenseClient.builder()
        .server(URI.create(server.server().publicUrl().toString()))
        .licenseKey(license.get("key").asText())
        .fingerprint(fingerprint)
        .deviceName("Lab PC")
        .platform("linux")
        .pinnedJwks(pinned)
        .cacheFile(devices.resolve(fingerprint).resolve("license.cache"))
        .build();
  }

  private ApiResponse upload(Customer person, String requestFile) {
    return api.send(
        "POST",
        "/v1/offline-activations",
        requestFile.getBytes(StandardCharsets.UTF_8),
        Map.of(
            "Authorization",
            "Bearer " + person.accessToken(),
            "Content-Type",
            "text/plain; charset=utf-8"));
  }

  private ApiResponse licenseFile(Customer person, JsonNode license, String query) {
    return api.get(
        "/v1/licenses/" + license.get("id").asText() + "/file" + query, person.accessToken());
  }

  private String validationCode(JsonNode license, String fingerprint) {
    ApiResponse answer =
        api.post(
            "/v1/validations",
            Map.of("licenseKey", license.get("key").asText(), "fingerprint", fingerprint));
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    return answer.json().get("code").asText();
  }

  @Test
  void anAirGappedDeviceRunsOnTheResponseToItsRequestFile() throws Exception {
    Customer owner = newCustomer();
    JsonNode license = license(owner);
    LicenseClient device = device(license, "air-gapped-1");

    ApiResponse response = upload(owner, device.activationRequest());

    assertThat(response.status()).as("%s", response).isEqualTo(201);
    assertThat(response.header("Content-Type")).startsWith("text/plain");
    assertThat(response.header("Content-Disposition"))
        .matches("attachment; filename=\"activation-[0-9a-f-]{36}\\.res\"");
    assertThat(response.header("Cache-Control")).contains("no-store");
    assertThat(Instant.parse(response.header("License-File-Expires")))
        .isAfter(Instant.now().plus(Duration.ofDays(6)));
    assertThat(response.text()).startsWith("-----BEGIN OPENLICENSING ACTIVATION RESPONSE-----");
    device.importActivationResponse(response.text());
    assertThat(device.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
    assertThat(validationCode(license, "air-gapped-1")).isEqualTo("VALID");
  }

  @Test
  void theSlotOfAnAirGappedDeviceCountsLikeAnyOther() throws Exception {
    Customer owner = newCustomer();
    JsonNode license = license(owner);
    LicenseClient airGapped = device(license, "air-1");
    String request = airGapped.activationRequest();

    assertThat(upload(owner, request).status()).isEqualTo(201);
    ApiResponse again = upload(owner, request);
    device(license, "online-1").activate();
    ApiResponse third =
        api.post(
            "/v1/offline-activations",
            Map.of("request", device(license, "air-2").activationRequest()),
            owner.accessToken());

    assertThat(again.status()).as("the same device again takes no new slot").isEqualTo(200);
    airGapped.importActivationResponse(again.text());
    assertThat(airGapped.checkOffline().valid()).isTrue();
    assertProblem(third, 409, "DEVICE_LIMIT_REACHED", null);
    assertThat(owner.licenses().get(0).get("activations").asInt()).isEqualTo(2);
  }

  @Test
  void theJsonUploadAnswersTheActivationAndTheResponseFile() throws Exception {
    Customer owner = newCustomer();
    JsonNode license = license(owner);
    LicenseClient device = device(license, "air-json");

    ApiResponse answer =
        api.post(
            "/v1/offline-activations",
            Map.of("request", device.activationRequest()),
            owner.accessToken());

    assertThat(answer.status()).as("%s", answer).isEqualTo(201);
    assertThat(answer.field("licenseId")).isEqualTo(license.get("id").asText());
    assertThat(answer.json().get("created").asBoolean()).isTrue();
    device.importActivationResponse(answer.field("response"));
    assertThat(device.checkOffline().claims().orElseThrow().activationId().toString())
        .isEqualTo(answer.field("id"));
  }

  @Test
  void aLicenseFileLetsAnActivatedDeviceRunOfflineForItsTtl() throws Exception {
    Customer owner = newCustomer();
    JsonNode license = license(owner);
    LicenseClient device = device(license, "workstation-9");
    device.activate();
    device.forget();

    ApiResponse file = licenseFile(owner, license, "?fingerprint=workstation-9&ttl=7200");

    assertThat(file.status()).as("%s", file).isEqualTo(200);
    assertThat(file.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"license-" + license.get("id").asText() + ".lic\"");
    assertThat(file.text()).startsWith("-----BEGIN OPENLICENSING LICENSE FILE-----\n");
    device.importLicenseFile(file.text());
    Instant expiresAt = device.checkOffline().claims().orElseThrow().expiresAt();
    assertThat(expiresAt)
        .isBetween(Instant.now().plusSeconds(7_000), Instant.now().plusSeconds(7_201));
    assertThat(device.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void badRequestsForLicenseFilesAreProblemsNamingTheirField() throws Exception {
    Customer owner = newCustomer();
    Customer stranger = newCustomer();
    JsonNode license = license(owner);
    device(license, "d1").activate();

    assertProblem(licenseFile(owner, license, ""), 400, "VALIDATION_FAILED", "fingerprint");
    assertProblem(
        licenseFile(owner, license, "?fingerprint=d1&ttl=soon"), 400, "VALIDATION_FAILED", "ttl");
    assertProblem(
        licenseFile(owner, license, "?fingerprint=d1&ttl=60"), 400, "VALIDATION_FAILED", "ttl");
    assertProblem(
        licenseFile(owner, license, "?fingerprint=never-seen"), 409, "DEVICE_NOT_ACTIVATED", null);
    assertProblem(licenseFile(stranger, license, "?fingerprint=d1"), 404, "NOT_FOUND", null);
    assertProblem(
        api.get("/v1/licenses/" + license.get("id").asText() + "/file?fingerprint=d1", null),
        401,
        "UNAUTHENTICATED",
        null);
  }

  @Test
  void badUploadsAreProblemsAndTakeNoSlot() throws Exception {
    Customer owner = newCustomer();
    Customer stranger = newCustomer();
    JsonNode license = license(owner);
    String request = device(license, "air-1").activationRequest();

    assertProblem(upload(owner, "not a request"), 400, "ACTIVATION_REQUEST_INVALID", "request");
    assertProblem(
        upload(owner, request.replace("-----END", "---END")),
        400,
        "ACTIVATION_REQUEST_INVALID",
        "request");
    assertProblem(
        api.post("/v1/offline-activations", Map.of(), owner.accessToken()),
        400,
        "ACTIVATION_REQUEST_INVALID",
        "request");
    assertProblem(upload(stranger, request), 404, "NOT_FOUND", null);
    assertProblem(
        api.send(
            "POST",
            "/v1/offline-activations",
            request.getBytes(StandardCharsets.UTF_8),
            Map.of("Content-Type", "text/plain")),
        401,
        "UNAUTHENTICATED",
        null);
    assertThat(owner.licenses().get(0).get("activations").asInt()).isZero();
  }

  @Test
  void aPlanWithoutOfflineUseHasNoOfflineFiles() throws Exception {
    Customer owner = newCustomer();
    String online = plans().created(PolicyPlansOverHttp.policy(2, Map.of("offlineAllowed", false)));
    JsonNode license = PolicyPlansOverHttp.bought(owner, online, 1).get(0);
    LicenseClient device = device(license, "d1");
    device.activate();

    assertProblem(licenseFile(owner, license, "?fingerprint=d1"), 409, "OFFLINE_NOT_ALLOWED", null);
    assertProblem(
        upload(owner, device(license, "d2").activationRequest()), 409, "OFFLINE_NOT_ALLOWED", null);
  }
}
