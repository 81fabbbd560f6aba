package org.openlicensing.server.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;

/**
 * Forges access tokens with the test server's own private key (or any other key), so that a test
 * can present a token that is correctly signed but wrong in exactly one respect. {@link
 * #validLike(String)} copies a real token's account and session with fresh times: a token the
 * server must accept, which proves the forgery itself is right.
 */
public final class AccessTokenForger {
  public static final JOSEObjectType ACCESS_TOKEN_TYPE = new JOSEObjectType("at+jwt");

  private final RSAKey serverKey;

  public AccessTokenForger(RSAKey serverKey) {
    this.serverKey = serverKey;
  }

  public static AccessTokenForger of(TestServer server) {
    return new AccessTokenForger(ServerKeys.accessTokenKey(server));
  }

  public RSAKey serverKey() {
    return serverKey;
  }

  /** The header the server puts on its access tokens. */
  public JWSHeader.Builder header() {
    return new JWSHeader.Builder(JWSAlgorithm.RS256)
        .type(ACCESS_TOKEN_TYPE)
        .keyID(serverKey.getKeyID());
  }

  /**
   * The claims of a real access token (issuer, subject, audience, session, roles) with times as the
   * server would set them now and a new token id.
   */
  public static JWTClaimsSet.Builder validLike(String realToken) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return new JWTClaimsSet.Builder(claimsOf(realToken))
        .issueTime(Date.from(now))
        .notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
        .jwtID(UUID.randomUUID().toString());
  }

  /** Signed by the server's key, with the server's header. */
  public String sign(JWTClaimsSet claims) {
    return sign(header().build(), claims);
  }

  /** Signed by the server's key, with a header of the caller's making. */
  public String sign(JWSHeader header, JWTClaimsSet claims) {
    try {
      return sign(new RSASSASigner(serverKey), header, claims);
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sign(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign the forged token", e);
    }
    return jwt.serialize();
  }

  /** The token with its payload replaced, its header and signature kept as they were. */
  public static String withPayload(String token, JWTClaimsSet claims) {
    String[] parts = token.split("\\.");
    return parts[0] + "." + encode(claims.toString()) + "." + parts[2];
  }

  /** A token of the given raw header JSON and claims, with the given signature part. */
  public static String raw(String headerJson, JWTClaimsSet claims, String signature) {
    return encode(headerJson) + "." + encode(claims.toString()) + "." + signature;
  }

  public static JWTClaimsSet claimsOf(String token) {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet();
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a signed JWT: " + token, e);
    }
  }

  /** The signature part of a compact JWS. */
  public static String signatureOf(String token) {
    return token.split("\\.")[2];
  }

  private static String encode(String json) {
    return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
  }
}
