package org.openlicensing.api.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.tokens.LicenseTokenClaims;

/** {@link LicenseClient#checkOffline()} on caches the test writes, with a clock it moves. */
class LicenseClientOfflineTest {
  private static final String KEY = "7KQ3M-0ZX9D-AB12C-DE34F-GH56J-KM78N";
  private static final Instant ISSUED = Instant.parse("2026-06-01T12:00:00Z");
  private static final Instant EXPIRES = ISSUED.plus(Duration.ofDays(7));
  private static final Duration SKEW = Duration.ofMinutes(2);
  private static final UUID LICENSE = UUID.fromString("0190f3a2-0000-7000-8000-00000000000a");
  private static final UUID ACTIVATION = UUID.fromString("0190f3a2-0000-7000-8000-00000000000b");

  private final TestIssuer issuer = new TestIssuer("key-1");
  private final MutableClock clock = new MutableClock(ISSUED.plusSeconds(60));
  @TempDir Path directory;

  private Path cacheFile() {
    return directory.resolve("state").resolve("license.cache");
  }

  private LicenseClient client(String fingerprint, String licenseKey) {
    return LicenseClient.builder()
        .server(URI.create(TestIssuer.ISSUER))
        .licenseKey(licenseKey)
        .fingerprint(fingerprint)
        .pinnedJwks(issuer.jwks())
        .cacheFile(cacheFile())
        .clock(clock)
        .build();
  }

  private LicenseClient client() {
    return client(TestIssuer.FINGERPRINT, KEY);
  }

  private void cache(String token, Instant lastSeen) throws Exception {
    new TokenCache(cacheFile(), KEY).write(new CachedLicense(token, ACTIVATION, LICENSE, lastSeen));
  }

  private String validToken() {
    return issuer.token(LICENSE, ACTIVATION, ISSUED, EXPIRES);
  }

  private OfflineStatus statusAt(Instant now) {
    clock.set(now);
    return client().checkOffline().status();
  }

  @Test
  void aCachedTokenOfThisDeviceIsValidWithItsClaims() throws Exception {
    cache(validToken(), ISSUED);

    OfflineCheck check = client().checkOffline();

    assertThat(check.status()).isEqualTo(OfflineStatus.VALID);
    LicenseTokenClaims claims = check.claims().orElseThrow();
    assertThat(claims.licenseId()).isEqualTo(LICENSE);
    assertThat(claims.activationId()).isEqualTo(ACTIVATION);
    assertThat(claims.plan()).isEqualTo("pro");
    assertThat(claims.expiresAt()).isEqualTo(EXPIRES);
  }

  @Test
  void withoutACacheTheDeviceIsNotActivated() {
    OfflineCheck check = client().checkOffline();

    assertThat(check.status()).isEqualTo(OfflineStatus.NOT_ACTIVATED);
    assertThat(check.claims()).isEmpty();
  }

  @Test
  void aTokenPastItsExpiryStillServesWithinTheSkew() throws Exception {
    cache(validToken(), ISSUED);

    assertThat(statusAt(EXPIRES.minusSeconds(1))).isEqualTo(OfflineStatus.VALID);
    assertThat(statusAt(EXPIRES.plus(SKEW).minusSeconds(1))).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void aTokenPastItsExpiryBeyondTheSkewHasExpired() throws Exception {
    cache(validToken(), ISSUED);

    assertThat(statusAt(EXPIRES.plus(SKEW).plusSeconds(1))).isEqualTo(OfflineStatus.EXPIRED);
  }

  @Test
  void aClockSlightlyBehindTheTokensIssueIsToleratedWithinTheSkew() throws Exception {
    cache(validToken(), ISSUED.minus(Duration.ofHours(1)));

    assertThat(statusAt(ISSUED.minus(SKEW).plusSeconds(1))).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void aClockSetBackBeforeTheTokensIssueIsTamperingWhateverTheCacheRemembers() throws Exception {
    // Even a last-seen time lowered by someone who knows the license key cannot go below iat.
    cache(validToken(), ISSUED.minus(Duration.ofDays(30)));

    assertThat(statusAt(ISSUED.minus(SKEW).minusSeconds(1)))
        .isEqualTo(OfflineStatus.CLOCK_TAMPERED);
  }

  @Test
  void aClockSetBackBelowTheLastSeenTimeBeyondTheSkewIsTampering() throws Exception {
    Instant lastSeen = ISSUED.plus(Duration.ofDays(3));
    cache(validToken(), lastSeen);

    assertThat(statusAt(lastSeen.minus(SKEW).minusSeconds(1)))
        .isEqualTo(OfflineStatus.CLOCK_TAMPERED);
  }

  @Test
  void aClockSlightlyBehindTheLastSeenTimeIsToleratedWithinTheSkew() throws Exception {
    Instant lastSeen = ISSUED.plus(Duration.ofDays(3));
    cache(validToken(), lastSeen);

    assertThat(statusAt(lastSeen.minus(SKEW).plusSeconds(1))).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void aValidCheckRemembersItsTimeSoThatSettingTheClockBackLaterIsCaught() throws Exception {
    cache(validToken(), ISSUED);
    Instant sixDaysOn = ISSUED.plus(Duration.ofDays(6));
    assertThat(statusAt(sixDaysOn)).isEqualTo(OfflineStatus.VALID);

    assertThat(statusAt(ISSUED.plus(Duration.ofDays(1)))).isEqualTo(OfflineStatus.CLOCK_TAMPERED);
    assertThat(new TokenCache(cacheFile(), KEY).read().orElseThrow().lastSeen())
        .isEqualTo(sixDaysOn);
  }

  @Test
  void aTokenIssuedToAnotherDeviceIsAFingerprintMismatch() throws Exception {
    cache(validToken(), ISSUED);

    OfflineCheck check = client("device-2", KEY).checkOffline();

    assertThat(check.status()).isEqualTo(OfflineStatus.FINGERPRINT_MISMATCH);
  }

  @Test
  void aTokenSignedWithAKeyOutsideThePinnedSetIsAnUnknownKey() throws Exception {
    cache(new TestIssuer("key-2").token(LICENSE, ACTIVATION, ISSUED, EXPIRES), ISSUED);

    assertThat(client().checkOffline().status()).isEqualTo(OfflineStatus.UNKNOWN_KEY);
  }

  @Test
  void aTokenSignedByAnotherKeyUnderThePinnedKidHasAnInvalidSignature() throws Exception {
    cache(new TestIssuer("key-1").token(LICENSE, ACTIVATION, ISSUED, EXPIRES), ISSUED);

    assertThat(client().checkOffline().status()).isEqualTo(OfflineStatus.SIGNATURE_INVALID);
  }

  @Test
  void aTokenWhosePayloadWasChangedHasAnInvalidSignature() throws Exception {
    String[] parts = validToken().split("\\.");
    String longer =
        new String(new Base64URL(parts[1]).decode(), StandardCharsets.UTF_8)
            .replace("\"pro\"", "\"enterprise\"");
    cache(parts[0] + "." + Base64URL.encode(longer) + "." + parts[2], ISSUED);

    assertThat(client().checkOffline().status()).isEqualTo(OfflineStatus.SIGNATURE_INVALID);
  }

  @Test
  void aTokenOfAnotherIssuerIsInvalid() throws Exception {
    cache(
        issuer.token(LICENSE, ACTIVATION, ISSUED, EXPIRES, claims -> claims.issuer("https://x")),
        ISSUED);

    assertThat(client().checkOffline().status()).isEqualTo(OfflineStatus.TOKEN_INVALID);
  }

  @Test
  void aTokenOfAnotherLicenseThanTheCacheSaysIsALicenseMismatch() throws Exception {
    cache(issuer.token(UUID.randomUUID(), ACTIVATION, ISSUED, EXPIRES), ISSUED);

    assertThat(client().checkOffline().status()).isEqualTo(OfflineStatus.LICENSE_MISMATCH);
  }

  @Test
  void aCacheWrittenForAnotherLicenseKeyIsALicenseMismatch() throws Exception {
    cache(validToken(), ISSUED);

    OfflineCheck check = client(TestIssuer.FINGERPRINT, "OTHER-KEY").checkOffline();

    assertThat(check.status()).isEqualTo(OfflineStatus.LICENSE_MISMATCH);
  }

  @Test
  void theSameKeyTypedInLowerCaseOpensTheCache() throws Exception {
    cache(validToken(), ISSUED);

    OfflineCheck check =
        client(TestIssuer.FINGERPRINT, " " + KEY.toLowerCase() + " ").checkOffline();

    assertThat(check.status()).isEqualTo(OfflineStatus.VALID);
  }

  @Test
  void aCacheFileWithItsLastSeenTimeEditedIsTampered() throws Exception {
    Instant lastSeen = ISSUED.plus(Duration.ofDays(3));
    cache(validToken(), lastSeen);
    String[] parts = Files.readString(cacheFile()).split("\\.");
    String edited =
        new String(new Base64URL(parts[1]).decode(), StandardCharsets.UTF_8)
            .replace(lastSeen.toString(), ISSUED.toString());
    Files.writeString(cacheFile(), parts[0] + "." + Base64URL.encode(edited) + "." + parts[2]);
    clock.set(ISSUED.plus(Duration.ofDays(1)));

    assertThat(client().checkOffline().status()).isEqualTo(OfflineStatus.CACHE_TAMPERED);
  }

  @Test
  void aCacheFileThatIsNotASignedObjectIsTampered() throws Exception {
    Files.createDirectories(cacheFile().getParent());
    Files.write(cacheFile(), new byte[] {(byte) 0xff, 0x00, 'x'});

    assertThat(client().checkOffline().status()).isEqualTo(OfflineStatus.CACHE_TAMPERED);
  }

  @Test
  void aCacheFileThatCannotBeReadIsReportedAsSuch() throws Exception {
    // A directory where the file should be: reading it fails with an I/O error.
    Files.createDirectories(cacheFile());

    assertThat(client().checkOffline().status()).isEqualTo(OfflineStatus.CACHE_UNREADABLE);
  }
}
