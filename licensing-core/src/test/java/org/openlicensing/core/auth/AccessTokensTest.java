package org.openlicensing.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.keys.KeyGeneration;

class AccessTokensTest {
  private static final RSAKey KEY = KeyGeneration.newRsaKey();
  private static final String ISSUER = "https://licensing.example.test";
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final Account ACCOUNT =
      new Account(
          UUID.randomUUID(),
          "ada@example.test",
          "Ada",
          AccountStatus.ACTIVE,
          Set.of(PlatformRole.USER, PlatformRole.ADMIN),
          UUID.randomUUID(),
          NOW);

  private static final UUID SESSION = UUID.randomUUID();
  private final AccessTokens tokens = at(NOW);

  private static AccessTokens at(Instant now) {
    return new AccessTokens(KEY, ISSUER, Clock.fixed(now, ZoneOffset.UTC));
  }

  private static JWTClaimsSet.Builder claims() {
    return claimsWithoutSession().claim("sid", SESSION.toString());
  }

  private static JWTClaimsSet.Builder claimsWithoutSession() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(ACCOUNT.id().toString())
        .audience(AccessTokens.AUDIENCE)
        .issueTime(Date.from(NOW))
        .expirationTime(Date.from(NOW.plusSeconds(600)))
        .jwtID("j1");
  }

  private static String signRs256(JWSHeader header, JWTClaimsSet claims) throws Exception {
    SignedJWT jwt = new SignedJWT(header, claims);
    jwt.sign(new RSASSASigner(KEY));
    return jwt.serialize();
  }

  private static JWSHeader.Builder header() {
    return new JWSHeader.Builder(JWSAlgorithm.RS256).type(AccessTokens.TYPE).keyID(KEY.getKeyID());
  }

  private void assertRefused(String token) {
    assertThatThrownBy(() -> tokens.verify(token))
        .isInstanceOfSatisfying(
            LicensingException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHENTICATED));
  }

  @Test
  void anIssuedTokenVerifiesToItsAccountAndSession() {
    AccessTokens.Claims claims =
        tokens.verify(tokens.issue(ACCOUNT.id(), ACCOUNT.roles(), SESSION));

    assertThat(claims.accountId()).isEqualTo(ACCOUNT.id());
    assertThat(claims.sessionId()).isEqualTo(SESSION);
  }

  @Test
  void aTokenWithoutSessionIsRefused() throws Exception {
    assertRefused(signRs256(header().build(), claimsWithoutSession().build()));
  }

  @Test
  void aTokenExpiresAfterFifteenMinutes() {
    String token = tokens.issue(ACCOUNT.id(), ACCOUNT.roles(), SESSION);

    assertThatThrownBy(() -> at(NOW.plus(AccessTokens.LIFETIME).plusSeconds(61)).verify(token))
        .isInstanceOf(LicensingException.class);
  }

  @Test
  void refusesATokenNotYetValid() throws Exception {
    assertRefused(
        signRs256(
            header().build(), claims().notBeforeTime(Date.from(NOW.plusSeconds(300))).build()));
  }

  @Test
  void refusesAnotherAudience() throws Exception {
    assertRefused(signRs256(header().build(), claims().audience("another-api").build()));
  }

  @Test
  void refusesAnUnknownKeyId() throws Exception {
    assertRefused(signRs256(header().keyID("someone-elses").build(), claims().build()));
  }

  @Test
  void refusesATokenWithoutKeyId() throws Exception {
    assertRefused(
        signRs256(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(AccessTokens.TYPE).build(),
            claims().build()));
  }

  @Test
  void refusesAlgorithmNone() {
    String header =
        Base64URL.encode("{\"alg\":\"none\",\"typ\":\"at+jwt\",\"kid\":\"" + KEY.getKeyID() + "\"}")
            .toString();
    assertRefused(header + "." + Base64URL.encode(claims().build().toString()) + ".");
  }

  @Test
  void refusesHs256KeyedWithThePublicKey() throws Exception {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.HS256)
                .type(AccessTokens.TYPE)
                .keyID(KEY.getKeyID())
                .build(),
            claims().build());
    jwt.sign(new MACSigner(KEY.toPublicJWK().toJSONString().getBytes(StandardCharsets.UTF_8)));

    assertRefused(jwt.serialize());
  }

  @Test
  void refusesATamperedPayload() {
    String[] parts = tokens.issue(ACCOUNT.id(), ACCOUNT.roles(), SESSION).split("\\.");
    String forged = claims().claim("roles", List.of("SUPER_ADMIN")).build().toString();

    assertRefused(parts[0] + "." + Base64URL.encode(forged) + "." + parts[2]);
  }

  @Test
  void refusesAnotherTokenTypeSuchAsALicenseToken() throws Exception {
    assertRefused(
        signRs256(header().type(new JOSEObjectType("license+jwt")).build(), claims().build()));
  }

  @Test
  void refusesAnEmbeddedKeyHeader() throws Exception {
    RSAKey attacker = KeyGeneration.newRsaKey();
    SignedJWT jwt = new SignedJWT(header().jwk(attacker.toPublicJWK()).build(), claims().build());
    jwt.sign(new RSASSASigner(attacker));

    assertRefused(jwt.serialize());
  }

  @Test
  void refusesTextThatIsNoToken() {
    assertRefused("garbage");
  }
}
