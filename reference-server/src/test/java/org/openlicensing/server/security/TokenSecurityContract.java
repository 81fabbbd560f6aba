package org.openlicensing.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openlicensing.server.testing.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openlicensing.server.testing.AccessTokenForger;
import org.openlicensing.server.testing.ApiResponse;
import org.openlicensing.server.testing.Customer;
import org.openlicensing.server.testing.ServerTestBase;
import org.openlicensing.server.testing.SignIn;

/**
 * Access tokens as an attacker presents them (RFC 8725, OWASP ASVS V9): every token that is not
 * exactly what the server issued for a live session of an active account answers 401
 * UNAUTHENTICATED on {@code GET /v1/me}. Forged tokens are signed with the server's own private
 * key, so that each is wrong in one respect only; a forged token with every claim right is
 * accepted.
 */
public abstract class TokenSecurityContract extends ServerTestBase {

  private AccessTokenForger forger() {
    return AccessTokenForger.of(server);
  }

  private ApiResponse me(String bearer) {
    return api.get("/v1/me", bearer);
  }

  private void assertRefused(String bearer) {
    ApiResponse answer = me(bearer);
    assertProblem(answer, 401, "UNAUTHENTICATED");
    assertThat(answer.header("WWW-Authenticate")).as("%s", answer).startsWith("Bearer");
  }

  private static Date inMinutes(long minutes) {
    return Date.from(Instant.now().plus(Duration.ofMinutes(minutes)));
  }

  @Test
  void aForgedTokenWithEveryClaimRightIsAccepted() {
    Customer ada = newCustomer();

    String forged = forger().sign(AccessTokenForger.validLike(ada.accessToken()).build());

    ApiResponse answer = me(forged);
    assertThat(answer.status()).as("%s", answer).isEqualTo(200);
    assertThat(answer.field("email")).isEqualTo(ada.email());
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "None", "NONE", "nOnE"})
  void anUnsecuredTokenIsRefused(String algorithm) {
    Customer ada = newCustomer();
    String header =
        "{\"alg\":\""
            + algorithm
            + "\",\"typ\":\"at+jwt\",\"kid\":\""
            + forger().serverKey().getKeyID()
            + "\"}";

    assertRefused(
        AccessTokenForger.raw(header, AccessTokenForger.validLike(ada.accessToken()).build(), ""));
  }

  @Test
  void anUnsecuredTokenKeepingARealSignatureIsRefused() {
    Customer ada = newCustomer();
    String header = "{\"alg\":\"none\",\"typ\":\"at+jwt\"}";

    assertRefused(
        AccessTokenForger.raw(
            header,
            AccessTokenForger.claimsOf(ada.accessToken()),
            AccessTokenForger.signatureOf(ada.accessToken())));
  }

  @ParameterizedTest
  @ValueSource(strings = {"jwk-json", "published-jwk", "der", "pem", "modulus"})
  void anHs256TokenKeyedWithThePublicKeyIsRefused(String encoding) throws Exception {
    Customer ada = newCustomer();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.HS256)
            .type(AccessTokenForger.ACCESS_TOKEN_TYPE)
            .keyID(forger().serverKey().getKeyID())
            .build();

    String forged =
        AccessTokenForger.sign(
            new MACSigner(publicKeyBytes(encoding)),
            header,
            AccessTokenForger.validLike(ada.accessToken()).build());

    assertRefused(forged);
  }

  /** The server's public RSA key in the forms an attacker would try as an HMAC secret. */
  private byte[] publicKeyBytes(String encoding) throws Exception {
    RSAKey publicKey = forger().serverKey().toPublicJWK();
    return switch (encoding) {
      case "jwk-json" -> publicKey.toJSONString().getBytes(StandardCharsets.UTF_8);
      case "published-jwk" -> publishedJwk(publicKey.getKeyID());
      case "der" -> publicKey.toRSAPublicKey().getEncoded();
      case "pem" ->
          ("-----BEGIN PUBLIC KEY-----\n"
                  + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                      .encodeToString(publicKey.toRSAPublicKey().getEncoded())
                  + "\n-----END PUBLIC KEY-----\n")
              .getBytes(StandardCharsets.US_ASCII);
      case "modulus" -> publicKey.getModulus().decode();
      default -> throw new IllegalArgumentException(encoding);
    };
  }

  /** The key's JSON exactly as the key set endpoint serves it. */
  private byte[] publishedJwk(String kid) {
    ApiResponse jwks = api.get("/.well-known/jwks.json", null);
    for (JsonNode key : jwks.json().get("keys")) {
      if (key.get("kid").asText().equals(kid)) {
        return key.toString().getBytes(StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("the key set does not publish the access token key " + kid);
  }

  @Test
  void anExpiredTokenIsRefused() {
    Customer ada = newCustomer();

    String forged =
        forger()
            .sign(
                AccessTokenForger.validLike(ada.accessToken())
                    .issueTime(inMinutes(-20))
                    .notBeforeTime(inMinutes(-20))
                    .expirationTime(inMinutes(-5))
                    .build());

    assertRefused(forged);
  }

  @Test
  void aTokenNotYetValidIsRefused() {
    Customer ada = newCustomer();

    String forged =
        forger()
            .sign(
                AccessTokenForger.validLike(ada.accessToken())
                    .notBeforeTime(inMinutes(10))
                    .expirationTime(inMinutes(15))
                    .build());

    assertRefused(forged);
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() {
    Customer ada = newCustomer();

    String forged =
        forger()
            .sign(
                AccessTokenForger.validLike(ada.accessToken()).audience("another-service").build());

    assertRefused(forged);
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() {
    Customer ada = newCustomer();

    String forged =
        forger()
            .sign(
                AccessTokenForger.validLike(ada.accessToken())
                    .issuer("https://issuer.example")
                    .build());

    assertRefused(forged);
  }

  @Test
  void aTokenOfAnotherTypeIsRefused() {
    Customer ada = newCustomer();

    String forged =
        forger()
            .sign(
                forger().header().type(JOSEObjectType.JWT).build(),
                AccessTokenForger.validLike(ada.accessToken()).build());

    assertRefused(forged);
  }

  @Test
  void aTokenSignedByAKeyWithAnUnknownKidIsRefused() throws Exception {
    Customer ada = newCustomer();
    RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker-key").generate();

    String forged =
        AccessTokenForger.sign(
            new RSASSASigner(attacker),
            new JWSHeader.Builder(JWSAlgorithm.RS256)
                .type(AccessTokenForger.ACCESS_TOKEN_TYPE)
                .keyID(attacker.getKeyID())
                .build(),
            AccessTokenForger.validLike(ada.accessToken()).build());

    assertRefused(forged);
  }

  @Test
  void aTokenSignedByAnotherKeyUnderTheServersKidIsRefused() throws Exception {
    Customer ada = newCustomer();
    RSAKey attacker = new RSAKeyGenerator(2048).generate();

    String forged =
        AccessTokenForger.sign(
            new RSASSASigner(attacker),
            forger().header().build(),
            AccessTokenForger.validLike(ada.accessToken()).build());

    assertRefused(forged);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jwk", "jku", "x5u"})
  void aTokenWhoseHeaderCarriesOrPointsToAKeyIsRefused(String headerName) throws Exception {
    Customer ada = newCustomer();
    RSAKey attacker = new RSAKeyGenerator(2048).keyID("attacker-key").generate();
    JWSHeader.Builder header = forger().header();
    switch (headerName) {
      case "jwk" -> header.jwk(attacker.toPublicJWK());
      case "jku" -> header.jwkURL(URI.create("https://attacker.example/jwks.json"));
      case "x5u" -> header.x509CertURL(URI.create("https://attacker.example/cert.pem"));
      default -> throw new IllegalArgumentException(headerName);
    }

    // Signed by the server's own key: only the header is wrong.
    String forged =
        forger().sign(header.build(), AccessTokenForger.validLike(ada.accessToken()).build());

    assertRefused(forged);
  }

  @Test
  void aTokenWhosePayloadWasChangedIsRefused() {
    Customer ada = newCustomer();
    JWTClaimsSet escalated =
        new JWTClaimsSet.Builder(AccessTokenForger.claimsOf(ada.accessToken()))
            .claim("roles", List.of("ADMIN", "SUPER_ADMIN", "USER"))
            .build();

    assertRefused(AccessTokenForger.withPayload(ada.accessToken(), escalated));
    assertThat(me(ada.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void aRefreshTokenIsNoAccessToken() {
    Customer ada = newCustomer();

    assertRefused(ada.refreshToken());
  }

  @Test
  void aLicenseTokenIsNoAccessToken() {
    Customer ada = newCustomer();
    String key = ada.subscribeAndListLicenses("basic", 1).get(0).get("key").asText();
    ApiResponse activation =
        api.post("/v1/activations", Map.of("licenseKey", key, "fingerprint", "device-1"));
    assertThat(activation.status()).as("%s", activation).isEqualTo(201);

    assertRefused(activation.field("token"));
  }

  @Test
  void theAccessTokenOfALoggedOutSessionIsRefused() {
    Customer ada = newCustomer();

    ApiResponse logout = ada.api().post("/v1/auth/logout", null, ada.accessToken());

    assertThat(logout.status()).as("%s", logout).isEqualTo(204);
    assertRefused(ada.accessToken());
  }

  @Test
  void theAccessTokenOfAnAccountAnAdminDisabledIsRefusedAtOnce() {
    Customer ada = newCustomer();
    assertThat(me(ada.accessToken()).status()).isEqualTo(200);
    SignIn admin = SignIn.superAdmin(api);

    ApiResponse disabled =
        api.post("/v1/admin/users/" + ada.id() + "/disable", null, admin.accessToken());

    assertThat(disabled.status()).as("%s", disabled).isEqualTo(204);
    assertRefused(ada.accessToken());
  }

  @Test
  void aForgedTokenForTheSessionOfADisabledAccountIsRefused() {
    Customer ada = newCustomer();
    String forged = forger().sign(AccessTokenForger.validLike(ada.accessToken()).build());
    String id = ada.id();
    SignIn admin = SignIn.superAdmin(api);

    api.post("/v1/admin/users/" + id + "/disable", null, admin.accessToken());

    assertRefused(forged);
  }

  @Test
  void reusingARotatedRefreshTokenEndsTheSessionAccessTokensIncluded() {
    Customer ada = newCustomer();
    ApiResponse rotated = SignIn.refresh(ada.api(), ada.refreshToken());
    assertThat(rotated.status()).as("%s", rotated).isEqualTo(200);
    String successorAccess = rotated.field("access_token");
    assertThat(me(successorAccess).status()).isEqualTo(200);

    ApiResponse reused = SignIn.refresh(ada.api(), ada.refreshToken());

    assertProblem(reused, 401, "UNAUTHENTICATED");
    assertProblem(
        SignIn.refresh(ada.api(), rotated.field("refresh_token")), 401, "UNAUTHENTICATED");
    assertRefused(successorAccess);
    assertRefused(ada.accessToken());
  }

  @Test
  void reuseEndsOnlyTheSessionOfTheReusedToken() {
    Customer ada = newCustomer();
    SignIn other = ada.signInAgain();
    SignIn.refresh(ada.api(), ada.refreshToken());

    SignIn.refresh(ada.api(), ada.refreshToken());

    assertThat(me(other.accessToken()).status()).isEqualTo(200);
    assertThat(SignIn.refresh(ada.api(), other.refreshToken()).status()).isEqualTo(200);
  }
}
