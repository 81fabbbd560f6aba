package org.openlicensing.api.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.tokens.LicenseTokenException.Reason;

class LicenseTokenVerifierTest {
  private final LicenseTokenVerifier verifier = verifierAt(TestTokens.NOW);

  private static LicenseTokenVerifier verifierAt(Instant now) {
    return LicenseTokenVerifier.builder(TestTokens.trustedKeys(), TestTokens.ISSUER)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        .clockSkew(Duration.ofSeconds(30))
        .build();
  }

  private Reason refusal(String token, String fingerprint) {
    return catchThrowableOfType(
            LicenseTokenException.class, () -> verifier.verify(token, fingerprint))
        .reason();
  }

  @Test
  void acceptsAValidTokenAndReadsEveryClaim() throws Exception {
    LicenseTokenClaims claims = verifier.verify(TestTokens.valid(), "device-1");

    assertThat(claims.issuer()).isEqualTo(TestTokens.ISSUER);
    assertThat(claims.licenseId()).isEqualTo(TestTokens.LICENSE);
    assertThat(claims.activationId()).isEqualTo(TestTokens.ACTIVATION);
    assertThat(claims.fingerprint()).isEqualTo("device-1");
    assertThat(claims.plan()).isEqualTo("pro");
    assertThat(claims.entitlements()).containsExactlyInAnyOrder("core", "exports");
    assertThat(claims.expiresAt()).isEqualTo(TestTokens.NOW.plusSeconds(3600));
  }

  @Test
  void refusesATokenIssuedToAnotherDevice() {
    assertThat(refusal(TestTokens.valid(), "device-2")).isEqualTo(Reason.FINGERPRINT_MISMATCH);
  }

  @Test
  void refusesAnExpiredTokenBeyondTheClockSkew() {
    LicenseTokenVerifier later = verifierAt(TestTokens.NOW.plusSeconds(3600 + 31));

    Reason reason =
        catchThrowableOfType(
                LicenseTokenException.class, () -> later.verify(TestTokens.valid(), "device-1"))
            .reason();

    assertThat(reason).isEqualTo(Reason.EXPIRED);
  }

  @Test
  void toleratesExpiryWithinTheClockSkew() throws Exception {
    LicenseTokenVerifier slightlyLate = verifierAt(TestTokens.NOW.plusSeconds(3600 + 29));

    assertThat(slightlyLate.verify(TestTokens.valid(), "device-1").plan()).isEqualTo("pro");
  }

  @Test
  void refusesATokenIssuedInTheFutureAsAClockSetBack() {
    String token =
        TestTokens.sign(
            TestTokens.header().build(),
            TestTokens.claims().issueTime(Date.from(TestTokens.NOW.plusSeconds(120))).build());

    assertThat(refusal(token, "device-1")).isEqualTo(Reason.NOT_YET_VALID);
  }

  @Test
  void refusesAnotherIssuer() {
    String token =
        TestTokens.sign(
            TestTokens.header().build(), TestTokens.claims().issuer("https://evil.test").build());

    assertThat(refusal(token, "device-1")).isEqualTo(Reason.WRONG_ISSUER);
  }

  @Test
  void refusesAKeyIdOutsideThePinnedSet() {
    String token =
        TestTokens.sign(TestTokens.header().keyID("other").build(), TestTokens.claims().build());

    assertThat(refusal(token, "device-1")).isEqualTo(Reason.UNKNOWN_KEY);
  }

  @Test
  void refusesATamperedPayload() {
    String[] parts = TestTokens.valid().split("\\.");
    String forged =
        TestTokens.claims().claim(LicenseTokens.CLAIM_PLAN, "enterprise").build().toString();
    String token =
        parts[0] + "." + Base64URL.encode(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

    assertThat(refusal(token, "device-1")).isEqualTo(Reason.BAD_SIGNATURE);
  }

  @Test
  void refusesAnUnsignedTokenWithAlgorithmNone() {
    String header =
        Base64URL.encode("{\"alg\":\"none\",\"typ\":\"license+jwt\",\"kid\":\"test-key-1\"}")
            .toString();
    String payload = Base64URL.encode(TestTokens.claims().build().toString()).toString();

    assertThat(refusal(header + "." + payload + ".", "device-1")).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void refusesAnHmacTokenKeyedWithThePublicKey() throws Exception {
    byte[] publicKeyBytes = TestTokens.trustedKeys().toString().getBytes(StandardCharsets.UTF_8);
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(new JOSEObjectType("license+jwt"))
                .keyID(TestTokens.KID)
                .build(),
            TestTokens.claims().build());
    jwt.sign(new MACSigner(publicKeyBytes));

    assertThat(refusal(jwt.serialize(), "device-1")).isEqualTo(Reason.ALGORITHM_NOT_ALLOWED);
  }

  @Test
  void refusesAnotherTokenType() {
    String token =
        TestTokens.sign(
            TestTokens.header().type(new JOSEObjectType("at+jwt")).build(),
            TestTokens.claims().build());

    assertThat(refusal(token, "device-1")).isEqualTo(Reason.WRONG_TYPE);
  }

  @Test
  void refusesAHeaderThatPointsToKeysElsewhere() {
    String token =
        TestTokens.sign(
            TestTokens.header().jwkURL(URI.create("https://evil.test/jwks.json")).build(),
            TestTokens.claims().build());

    assertThat(refusal(token, "device-1")).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void refusesATokenWithoutItsClaims() {
    String token =
        TestTokens.sign(
            TestTokens.header().build(),
            new JWTClaimsSet.Builder()
                .issuer(TestTokens.ISSUER)
                .expirationTime(Date.from(TestTokens.NOW.plusSeconds(60)))
                .build());

    assertThat(refusal(token, "device-1")).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void refusesTextThatIsNoToken() {
    assertThat(refusal("not a token", "device-1")).isEqualTo(Reason.MALFORMED);
    assertThat(refusal("", "device-1")).isEqualTo(Reason.MALFORMED);
  }

  @Test
  void refusesAKeySetWithoutEd25519Keys() {
    Throwable thrown =
        catchThrowableOfType(
            IllegalArgumentException.class,
            () -> LicenseTokenVerifier.builder(new JWKSet(), TestTokens.ISSUER).build());

    assertThat(thrown).hasMessageContaining("no Ed25519 key");
  }

  @Test
  void readsEntitlementsAsASet() throws Exception {
    assertThat(verifier.verify(TestTokens.valid(), "device-1").entitlements())
        .isEqualTo(Set.of("core", "exports"));
  }
}
