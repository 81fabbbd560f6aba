package org.openlicensing.api.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.offline.ActivationRequestFile;
import org.openlicensing.api.offline.ArmoredText;
import org.openlicensing.api.offline.OfflineFiles;
import org.openlicensing.api.tokens.LicenseTokens;

/**
 * Files carried by hand to a device without the network: a license file, and the request and
 * response of an air-gapped activation, taken only when they verify for this device.
 */
class LicenseClientOfflineFilesTest {
  private static final String KEY = "7KQ3M-0ZX9D-AB12C-DE34F-GH56J-KM78N";
  private static final Instant ISSUED = Instant.parse("2026-06-01T12:00:00Z");
  private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(7));
  private static final UUID LICENSE = UUID.fromString("0190f3a2-0000-7000-8000-00000000000a");
  private static final UUID ACTIVATION = UUID.fromString("0190f3a2-0000-7000-8000-00000000000b");

  private final TestIssuer issuer = new TestIssuer("key-1");
  private final MutableClock clock = new MutableClock(ISSUED.plusSeconds(60));
  @TempDir Path directory;

  private LicenseClient client(String fingerprint) {
    return LicenseClient.builder()
        .server(URI.create(TestIssuer.ISSUER))
        .licenseKey(KEY)
        .fingerprint(fingerprint)
        .deviceName("Lab PC")
        .platform("linux")
        .pinnedJwks(issuer.jwks())
        .cacheFile(directory.resolve("license.cache"))
        .clock(clock)
        .build();
  }

  private LicenseClient client() {
    return client(TestIssuer.FINGERPRINT);
  }

  private String token() {
    return issuer.token(LICENSE, ACTIVATION, ISSUED, EXPIRES);
  }

  private String response(String nonce) {
    String token =
        issuer.token(
            LICENSE, ACTIVATION, ISSUED, EXPIRES, c -> c.claim(LicenseTokens.CLAIM_NONCE, nonce));
    return ArmoredText.armor(OfflineFiles.ACTIVATION_RESPONSE, token);
  }

  private static String nonceOf(String requestFile) throws ParseException {
    return ActivationRequestFile.parse(requestFile).nonce();
  }

  private static LicenseClientException failure(ThrowingAction action) {
    return catchThrowableOfType(LicenseClientException.class, action::run);
  }

  @FunctionalInterface
  private interface ThrowingAction {
    void run() throws Exception;
  }

  @Test
  void aLicenseFileForThisDeviceLetsItRunOffline() throws Exception {
    LicenseClient client = client();

    DeviceActivation imported =
        client.importLicenseFile(ArmoredText.armor(OfflineFiles.LICENSE_FILE, token()));

    assertThat(imported.id()).isEqualTo(ACTIVATION);
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
    assertThat(client.checkOffline().claims().orElseThrow().licenseId()).isEqualTo(LICENSE);
  }

  @Test
  void aLicenseFileOfAnotherDeviceOrPastItsExpiryIsRefusedAndNothingIsCached() {
    String file = ArmoredText.armor(OfflineFiles.LICENSE_FILE, token());

    LicenseClientException otherDevice = failure(() -> client("device-2").importLicenseFile(file));
    clock.set(EXPIRES.plus(Duration.ofHours(1)));
    LicenseClientException expired = failure(() -> client().importLicenseFile(file));

    assertThat(otherDevice.code()).isEqualTo(LicenseClientException.TOKEN_REFUSED);
    assertThat(otherDevice.tokenRefusal()).contains(OfflineStatus.FINGERPRINT_MISMATCH);
    assertThat(expired.tokenRefusal()).contains(OfflineStatus.EXPIRED);
    assertThat(Files.exists(directory.resolve("license.cache"))).isFalse();
  }

  @Test
  void anythingButALicenseFileIsInvalid() {
    for (String text :
        new String[] {
          "", token(), ArmoredText.armor(OfflineFiles.ACTIVATION_RESPONSE, token()), "garbage"
        }) {
      assertThat(failure(() -> client().importLicenseFile(text)).code())
          .isEqualTo(LicenseClientException.FILE_INVALID);
    }
  }

  @Test
  void aRequestFileNamesThisDeviceAndTheResponseToItActivatesTheDevice() throws Exception {
    LicenseClient client = client();

    String request = client.activationRequest();
    ActivationRequestFile read = ActivationRequestFile.parse(request);
    DeviceActivation imported = client.importActivationResponse(response(read.nonce()));

    assertThat(read.licenseKey()).isEqualTo(KEY);
    assertThat(read.fingerprint()).isEqualTo(TestIssuer.FINGERPRINT);
    assertThat(read.name()).contains("Lab PC");
    assertThat(read.platform()).contains("linux");
    assertThat(read.createdAt()).isEqualTo(clock.instant());
    assertThat(imported.id()).isEqualTo(ACTIVATION);
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void aResponseIsTakenOnceAndOnlyForTheLatestRequest() throws Exception {
    LicenseClient client = client();
    String older = nonceOf(client.activationRequest());
    String latest = nonceOf(client.activationRequest());

    LicenseClientException stale = failure(() -> client.importActivationResponse(response(older)));
    LicenseClientException forged =
        failure(() -> client.importActivationResponse(response(ActivationRequestFile.newNonce())));
    assertThat(stale.code()).isEqualTo(LicenseClientException.RESPONSE_MISMATCH);
    assertThat(forged.code()).isEqualTo(LicenseClientException.RESPONSE_MISMATCH);
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.NOT_ACTIVATED);

    client.importActivationResponse(response(latest));
    assertThat(failure(() -> client.importActivationResponse(response(latest))).code())
        .isEqualTo(LicenseClientException.RESPONSE_MISMATCH);
    assertThat(client.checkOffline().status()).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void aResponseWithoutANonceOrForAnotherDeviceIsRefused() throws Exception {
    LicenseClient client = client();
    client.activationRequest();

    LicenseClientException plainToken =
        failure(
            () ->
                client.importActivationResponse(
                    ArmoredText.armor(OfflineFiles.ACTIVATION_RESPONSE, token())));
    LicenseClientException otherDevice =
        failure(() -> client("device-2").importActivationResponse(response("x".repeat(22))));

    assertThat(plainToken.code()).isEqualTo(LicenseClientException.RESPONSE_MISMATCH);
    assertThat(otherDevice.tokenRefusal()).contains(OfflineStatus.FINGERPRINT_MISMATCH);
  }
}
