package org.openlicensing.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.client.StandInServer.Received;
import org.openlicensing.api.licenses.ValidationCode;

/**
 * The client's requests and its reading of answers, against a local HTTP server that answers in the
 * licensing server's wire format. The examples module runs the same client against the real server.
 */
class LicenseClientHttpTest {
  private static final String KEY = "7KQ3M-0ZX9D-AB12C-DE34F-GH56J-KM78N";
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final UUID LICENSE = UUID.fromString("0190f3a2-0000-7000-8000-00000000000a");
  private static final UUID ACTIVATION = UUID.fromString("0190f3a2-0000-7000-8000-00000000000b");

  private final TestIssuer issuer = new TestIssuer("key-1");
  private final MutableClock clock = new MutableClock(NOW);
  @TempDir Path directory;
  private StandInServer server;
  private LicenseClient client;

  @BeforeEach
  void start() throws Exception {
    server = StandInServer.start();
    client = clientOf(server.uri());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private LicenseClient clientOf(URI uri) {
    return LicenseClient.builder()
        .server(uri)
        .issuer(TestIssuer.ISSUER)
        .licenseKey(KEY)
        .fingerprint(TestIssuer.FINGERPRINT)
        .deviceName("Ada's laptop")
        .platform("Linux")
        .pinnedJwks(issuer.jwks())
        .cacheFile(directory.resolve("license.cache"))
        .clock(clock)
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  private String grant(String token) {
    return "{\"id\":\""
        + ACTIVATION
        + "\",\"licenseId\":\""
        + LICENSE
        + "\",\"fingerprint\":\"device-1\",\"token\":\""
        + token
        + "\",\"expiresAt\":\"2026-06-08T12:00:00Z\",\"somethingNew\":[1,2]}";
  }

  private String tokenIssuedAt(Instant issuedAt) {
    return issuer.token(LICENSE, ACTIVATION, issuedAt, issuedAt.plus(Duration.ofDays(7)));
  }

  private static Map<String, Object> json(Received request) throws Exception {
    return JSONObjectUtils.parse(request.body());
  }

  private void activate() throws Exception {
    server.answer("POST", "/v1/activations", 201, grant(tokenIssuedAt(NOW)));
    client.activate();
  }

  @Test
  void activationSendsTheDeviceAndCachesTheVerifiedToken() throws Exception {
    server.answer("POST", "/v1/activations", 201, grant(tokenIssuedAt(NOW)));

    DeviceActivation activation = client.activate();

    assertThat(activation.id()).isEqualTo(ACTIVATION);
    assertThat(activation.claims().licenseId()).isEqualTo(LICENSE);
    assertThat(activation.newSlot()).isTrue();
    Received request = server.received().get(0);
    assertThat(request.path()).isEqualTo("/v1/activations");
    assertThat(json(request))
        .containsEntry("licenseKey", KEY)
        .containsEntry("fingerprint", "device-1")
        .containsEntry("name", "Ada's laptop")
        .containsEntry("platform", "Linux");
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void activatingAnActiveDeviceAgainTakesNoNewSlot() throws Exception {
    server.answer("POST", "/v1/activations", 200, grant(tokenIssuedAt(NOW)));

    assertThat(client.activate().newSlot()).isFalse();
  }

  @Test
  void aTokenTheDeviceCannotVerifyIsRefusedAndNotCached() throws Exception {
    String foreign =
        new TestIssuer("rotated-key").token(LICENSE, ACTIVATION, NOW, NOW.plusSeconds(60));
    server.answer("POST", "/v1/activations", 201, grant(foreign));

    LicenseClientException refused =
        catchThrowableOfType(LicenseClientException.class, client::activate);

    assertThat(refused.code()).isEqualTo(LicenseClientException.TOKEN_REFUSED);
    assertThat(refused.tokenRefusal()).contains(OfflineStatus.UNKNOWN_KEY);
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.NOT_ACTIVATED);
  }

  @Test
  void aFreshTokenOnAClockSetBackIsRefusedAsTampering() throws Exception {
    server.answer("POST", "/v1/activations", 201, grant(tokenIssuedAt(NOW)));
    clock.set(NOW.minus(Duration.ofDays(30)));

    LicenseClientException refused =
        catchThrowableOfType(LicenseClientException.class, client::activate);

    assertThat(refused.tokenRefusal()).contains(OfflineStatus.CLOCK_TAMPERED);
  }

  @Test
  void aTokenForAnotherActivationThanTheAnswerNamesIsRefused() throws Exception {
    String other = issuer.token(LICENSE, UUID.randomUUID(), NOW, NOW.plusSeconds(600));
    server.answer("POST", "/v1/activations", 201, grant(other));

    LicenseClientException refused =
        catchThrowableOfType(LicenseClientException.class, client::activate);

    assertThat(refused.tokenRefusal()).contains(OfflineStatus.LICENSE_MISMATCH);
  }

  @Test
  void aProblemAnswerBecomesAnExceptionWithItsCode() {
    server.answer(
        "POST",
        "/v1/activations",
        409,
        "{\"type\":\"urn:openlicensing:problem:device-limit-reached\",\"title\":\"Limit\","
            + "\"status\":409,\"detail\":\"the license is active on 3 devices already\","
            + "\"code\":\"DEVICE_LIMIT_REACHED\",\"requestId\":\"3f0c\"}");

    LicenseClientException refused =
        catchThrowableOfType(LicenseClientException.class, client::activate);

    assertThat(refused.code()).isEqualTo("DEVICE_LIMIT_REACHED");
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.requestId()).contains("3f0c");
    assertThat(refused).hasMessage("the license is active on 3 devices already");
  }

  @Test
  void anErrorPageThatIsNoProblemIsAnUnexpectedResponse() {
    server.answerRaw("POST", "/v1/validations", 502, "text/html", "<html>Bad gateway</html>");

    LicenseClientException failed =
        catchThrowableOfType(LicenseClientException.class, client::validate);

    assertThat(failed.code()).isEqualTo(LicenseClientException.UNEXPECTED_RESPONSE);
    assertThat(failed.status()).isEqualTo(502);
  }

  @Test
  void aServerThatIsGoneIsANetworkError() {
    URI gone = server.uri();
    server.close();

    LicenseClientException failed =
        catchThrowableOfType(LicenseClientException.class, () -> clientOf(gone).validate());

    assertThat(failed.code()).isEqualTo(LicenseClientException.NETWORK_ERROR);
    assertThat(failed.status()).isZero();
  }

  @Test
  void validationReadsTheAnswerAndIgnoresFieldsItDoesNotKnow() throws Exception {
    server.answer(
        "POST",
        "/v1/validations",
        200,
        "{\"valid\":true,\"code\":\"VALID\",\"overage\":true,\"future\":{\"x\":1},\"license\":{"
            + "\"id\":\""
            + LICENSE
            + "\",\"status\":\"ACTIVE\",\"plan\":\"pro\",\"expiresAt\":\"2027-01-01T00:00:00Z\","
            + "\"maxActivations\":3,\"activations\":1,\"entitlements\":[\"core\",\"exports\"]}}");

    OnlineValidation validation = client.validate();

    assertThat(validation.valid()).isTrue();
    assertThat(validation.knownCode()).contains(ValidationCode.VALID);
    assertThat(validation.licenseId()).contains(LICENSE);
    assertThat(validation.plan()).contains("pro");
    assertThat(validation.expiresAt()).contains(Instant.parse("2027-01-01T00:00:00Z"));
    assertThat(validation.entitlements()).containsExactlyInAnyOrder("core", "exports");
    assertThat(validation.overage()).isTrue();
    assertThat(json(server.received().get(0)))
        .containsEntry("licenseKey", KEY)
        .containsEntry("fingerprint", "device-1")
        .doesNotContainKey("entitlements");
  }

  @Test
  void aCodeAddedToTheServerLaterIsKeptAsSent() throws Exception {
    server.answer(
        "POST",
        "/v1/validations",
        200,
        "{\"valid\":false,\"code\":\"MOON_PHASE_WRONG\",\"license\":null}");

    OnlineValidation validation = client.validate();

    assertThat(validation.code()).isEqualTo("MOON_PHASE_WRONG");
    assertThat(validation.knownCode()).isEmpty();
    assertThat(validation.valid()).isFalse();
    assertThat(validation.licenseId()).isEmpty();
    assertThat(validation.overage()).isFalse();
  }

  @Test
  void validationAsksForEntitlementsOnlyWhenGivenSome() throws Exception {
    server.answer("POST", "/v1/validations", 200, "{\"valid\":true,\"code\":\"VALID\"}");

    client.validate(Set.of("exports", "core"));

    assertThat(json(server.received().get(0)).get("entitlements"))
        .isEqualTo(List.of("core", "exports"));
  }

  @Test
  void aHeartbeatSendsTheLicenseKeyAndCachesTheFreshToken() throws Exception {
    activate();
    clock.set(NOW.plus(Duration.ofDays(10)));
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.EXPIRED);
    String path = "/v1/activations/" + ACTIVATION + "/heartbeat";
    server.answer("POST", path, 200, grant(tokenIssuedAt(NOW.plus(Duration.ofDays(10)))));

    DeviceActivation renewed = client.heartbeat();

    assertThat(renewed.newSlot()).isFalse();
    Received request = server.received().get(1);
    assertThat(request.path()).isEqualTo(path);
    assertThat(request.authorization()).isEqualTo("License " + KEY);
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void aServerWithoutHeartbeatsAnswersNotFoundAndTheCacheStays() throws Exception {
    activate();

    LicenseClientException missing =
        catchThrowableOfType(LicenseClientException.class, client::heartbeat);

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("NOT_FOUND");
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void deactivationFreesTheSlotWithTheLicenseKeyAndRemovesTheCache() throws Exception {
    activate();
    server.answer("DELETE", "/v1/activations/" + ACTIVATION, 204, "");

    client.deactivate();

    Received request = server.received().get(1);
    assertThat(request.method()).isEqualTo("DELETE");
    assertThat(request.authorization()).isEqualTo("License " + KEY);
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.NOT_ACTIVATED);
  }

  @Test
  void aRefusedDeactivationKeepsTheCache() throws Exception {
    activate();
    server.answer(
        "DELETE",
        "/v1/activations/" + ACTIVATION,
        429,
        "{\"status\":429,\"code\":\"RATE_LIMITED\",\"detail\":\"slow down\"}");

    LicenseClientException refused =
        catchThrowableOfType(LicenseClientException.class, client::deactivate);

    assertThat(refused.code()).isEqualTo("RATE_LIMITED");
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void withoutAnActivationThereIsNothingToHeartbeatOrDeactivate() {
    assertThat(catchThrowableOfType(LicenseClientException.class, client::heartbeat).code())
        .isEqualTo(LicenseClientException.NOT_ACTIVATED);
    assertThat(catchThrowableOfType(LicenseClientException.class, client::deactivate).code())
        .isEqualTo(LicenseClientException.NOT_ACTIVATED);
    assertThat(server.received()).isEmpty();
  }

  @Test
  void aServerUnderAPathPrefixKeepsItsPrefix() throws Exception {
    server.answer("POST", "/licensing/v1/validations", 200, "{\"valid\":true,\"code\":\"VALID\"}");

    clientOf(URI.create(server.uri() + "/licensing")).validate();

    assertThat(server.received().get(0).path()).isEqualTo("/licensing/v1/validations");
  }
}
