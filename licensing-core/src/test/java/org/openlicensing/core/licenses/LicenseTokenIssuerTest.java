package org.openlicensing.core.licenses;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokenVerifier;
import org.openlicensing.core.keys.KeyGeneration;

class LicenseTokenIssuerTest {
  private static final OctetKeyPair KEY = KeyGeneration.newEd25519Key();
  private static final String ISSUER = "https://licensing.example.test";
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private final LicenseTokenIssuer issuer = new LicenseTokenIssuer(KEY, ISSUER, clock);

  private static License license(Instant expiresAt, Duration tokenLifetime) {
    return new License(
        UUID.randomUUID(),
        "AAAAA-BBBBB-CCCCC-DDDDD-EEEEE-FFFFF",
        UUID.randomUUID(),
        UUID.randomUUID(),
        "pro",
        LicenseStatus.ACTIVE,
        expiresAt,
        new LicensePolicy(3, false, true, 2, tokenLifetime),
        Set.of("core", "exports"),
        Optional.empty(),
        NOW);
  }

  private static Activation activation(License license) {
    return new Activation(
        UUID.randomUUID(), license.id(), "fp-1", Optional.empty(), Optional.empty(), NOW, NOW);
  }

  private LicenseTokenVerifier verifier() {
    return LicenseTokenVerifier.builder(new JWKSet(KEY.toPublicJWK()), ISSUER).clock(clock).build();
  }

  @Test
  void theTokenVerifiesOfflineWithThePublishedKeyAndCarriesTheActivation() throws Exception {
    License license = license(NOW.plus(Duration.ofDays(30)), Duration.ofDays(7));
    Activation activation = activation(license);

    LicenseTokenIssuer.SignedToken token = issuer.issue(license, activation);
    LicenseTokenClaims claims = verifier().verify(token.token(), "fp-1");

    assertThat(claims.licenseId()).isEqualTo(license.id());
    assertThat(claims.activationId()).isEqualTo(activation.id());
    assertThat(claims.plan()).isEqualTo("pro");
    assertThat(claims.entitlements()).containsExactlyInAnyOrder("core", "exports");
    assertThat(SignedJWT.parse(token.token()).getHeader().getKeyID()).isEqualTo(KEY.getKeyID());
  }

  @Test
  void theTokenLastsThePolicysLifetime() {
    License license = license(NOW.plus(Duration.ofDays(30)), Duration.ofDays(7));

    assertThat(issuer.issue(license, activation(license)).expiresAt())
        .isEqualTo(NOW.plus(Duration.ofDays(7)));
  }

  @Test
  void theTokenNeverOutlivesTheLicenseAndItsGracePeriod() {
    License license = license(NOW.plus(Duration.ofDays(1)), Duration.ofDays(7));

    assertThat(issuer.issue(license, activation(license)).expiresAt())
        .isEqualTo(NOW.plus(Duration.ofDays(1 + 2)));
  }
}
