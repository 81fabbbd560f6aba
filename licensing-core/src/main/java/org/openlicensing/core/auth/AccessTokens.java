package org.openlicensing.core.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.core.keys.KeyPurpose;
import org.openlicensing.core.keys.KeyRing;

/**
 * Issues and checks access tokens: JWTs of type {@code at+jwt} (RFC 9068), signed RS256 with the
 * server's key, for one audience, valid for {@link #LIFETIME}.
 *
 * <p>Checking follows RFC 8725: the algorithm is pinned to RS256, the key is taken by {@code kid}
 * from the server's own key set only, headers that carry or point to keys are refused, and the
 * type, issuer, audience and validity period must all match.
 */
public final class AccessTokens {
  public static final Duration LIFETIME = Duration.ofMinutes(15);
  static final JOSEObjectType TYPE = new JOSEObjectType("at+jwt");
  static final String AUDIENCE = "openlicensing-api";
  static final String SESSION = "sid";
  private static final String ROLES = "roles";

  private final Supplier<RSAKey> keys;
  private final String issuer;
  private final Clock clock;
  private final DefaultJWTProcessor<SecurityContext> processor;
  private volatile Signing signing;

  /** The signer of one key, kept until the key ring names another. */
  private record Signing(String keyId, RSASSASigner signer) {}

  public AccessTokens(RSAKey key, String issuer, Clock clock) {
    this(() -> key, () -> new JWKSet(key.toPublicJWK()), () -> false, issuer, clock);
    signing();
  }

  /**
   * Signs with the key ring's current access-token key and verifies with every access-token key it
   * publishes; a token with a {@code kid} not known yet (another server rotated) reloads the ring.
   */
  public AccessTokens(KeyRing keys, String issuer, Clock clock) {
    this(
        keys::accessTokenKey,
        () -> keys.publicKeys(KeyPurpose.ACCESS_TOKENS),
        keys::reloadIfStale,
        issuer,
        clock);
  }

  private AccessTokens(
      Supplier<RSAKey> keys,
      Supplier<JWKSet> verificationKeys,
      BooleanSupplier reload,
      String issuer,
      Clock clock) {
    this.keys = keys;
    this.issuer = issuer;
    this.clock = clock;
    this.processor = processor(verificationKeys, reload, issuer, clock);
  }

  private Signing signing() {
    RSAKey key = keys.get();
    Signing current = signing;
    if (current == null || !current.keyId().equals(key.getKeyID())) {
      try {
        current = new Signing(key.getKeyID(), new RSASSASigner(key));
      } catch (JOSEException e) {
        throw new IllegalArgumentException("not an RSA private key", e);
      }
      signing = current;
    }
    return current;
  }

  private static DefaultJWTProcessor<SecurityContext> processor(
      Supplier<JWKSet> verificationKeys, BooleanSupplier reload, String issuer, Clock clock) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(TYPE));
    JWKSource<SecurityContext> source =
        (selector, context) -> {
          List<JWK> found = selector.select(verificationKeys.get());
          return found.isEmpty() && reload.getAsBoolean()
              ? selector.select(verificationKeys.get())
              : found;
        };
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, source));
    processor.setJWTClaimsSetVerifier(
        new DefaultJWTClaimsVerifier<>(
            AUDIENCE,
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "iat", "exp", "jti", SESSION)) {
          @Override
          protected Date currentTime() {
            return Date.from(clock.instant());
          }
        });
    return processor;
  }

  /** What a valid access token says: the account and the session it belongs to. */
  public record Claims(UUID accountId, UUID sessionId) {}

  /**
   * An access token for the session. The roles are a convenience for clients; the server reads the
   * account's current roles whenever it checks the token.
   */
  public String issue(UUID accountId, Set<PlatformRole> roles, UUID sessionId) {
    Instant now = clock.instant();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(accountId.toString())
            .audience(AUDIENCE)
            .issueTime(Date.from(now))
            .notBeforeTime(Date.from(now))
            .expirationTime(Date.from(now.plus(LIFETIME)))
            .jwtID(UUID.randomUUID().toString())
            .claim(SESSION, sessionId.toString())
            .claim(ROLES, roles.stream().map(Enum::name).sorted().toList())
            .build();
    Signing signing = signing();
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(TYPE).keyID(signing.keyId()).build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signing.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign an access token", e);
    }
    return jwt.serialize();
  }

  /** The claims of a valid token; anything else is UNAUTHENTICATED. */
  public Claims verify(String token) {
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      JWSHeader header = jwt.getHeader();
      if (header.getKeyID() == null
          || header.getJWKURL() != null
          || header.getJWK() != null
          || header.getX509CertURL() != null
          || header.getX509CertChain() != null) {
        throw unauthenticated();
      }
      JWTClaimsSet claims = processor.process(jwt, null);
      return new Claims(
          UUID.fromString(claims.getSubject()), UUID.fromString(claims.getStringClaim(SESSION)));
    } catch (ParseException | BadJOSEException | JOSEException | IllegalArgumentException e) {
      throw unauthenticated();
    }
  }

  private static LicensingException unauthenticated() {
    return new LicensingException(
        ErrorCode.UNAUTHENTICATED, "the access token is missing, invalid or expired");
  }
}
