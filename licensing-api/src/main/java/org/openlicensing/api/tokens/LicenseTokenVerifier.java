package org.openlicensing.api.tokens;

import static org.openlicensing.api.tokens.LicenseTokenException.Reason;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Verifies license tokens offline, against a key set the device pinned beforehand (for example the
 * server's {@code /.well-known/jwks.json}, shipped with the application).
 *
 * <p>The algorithm is pinned to EdDSA and keys are taken by {@code kid} from the pinned set only:
 * headers that point elsewhere ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}) are refused, as
 * are critical headers and every other algorithm, {@code none} and HMAC included. Instances are
 * immutable and thread-safe.
 */
public final class LicenseTokenVerifier {

  private final Map<String, JWSVerifier> verifiersByKeyId;
  private final String issuer;
  private final Clock clock;
  private final Duration clockSkew;

  private LicenseTokenVerifier(Builder builder) throws JOSEException {
    this.issuer = Objects.requireNonNull(builder.issuer, "issuer");
    this.clock = builder.clock;
    this.clockSkew = builder.clockSkew;
    this.verifiersByKeyId = verifiersFor(builder.trustedKeys, builder.verifierFactory);
  }

  public static Builder builder(JWKSet trustedKeys, String issuer) {
    return new Builder(trustedKeys, issuer);
  }

  private static Map<String, JWSVerifier> verifiersFor(JWKSet keys, VerifierFactory factory)
      throws JOSEException {
    Map<String, JWSVerifier> verifiers = new HashMap<>();
    for (JWK key : keys.getKeys()) {
      if (key instanceof OctetKeyPair okp
          && Curve.Ed25519.equals(okp.getCurve())
          && key.getKeyID() != null) {
        verifiers.put(key.getKeyID(), factory.create(okp.toPublicJWK()));
      }
    }
    return Map.copyOf(verifiers);
  }

  /**
   * Checks the token and that it was issued to the device with this fingerprint.
   *
   * @throws LicenseTokenException naming the first check that failed
   */
  public LicenseTokenClaims verify(String token, String deviceFingerprint)
      throws LicenseTokenException {
    LicenseTokenClaims claims = verifySignatureAndTime(token);
    if (!claims.fingerprint().equals(deviceFingerprint)) {
      throw new LicenseTokenException(
          Reason.FINGERPRINT_MISMATCH, "the token was issued to another device");
    }
    return claims;
  }

  /** Checks everything but the device: signature, issuer and validity period. */
  public LicenseTokenClaims verifySignatureAndTime(String token) throws LicenseTokenException {
    SignedJWT jwt = parse(token);
    checkHeader(jwt.getHeader());
    checkSignature(jwt);
    LicenseTokenClaims claims = readClaims(jwt);
    checkIssuerAndTime(claims);
    return claims;
  }

  private static SignedJWT parse(String token) throws LicenseTokenException {
    if (token == null || token.isBlank()) {
      throw new LicenseTokenException(Reason.MALFORMED, "no token");
    }
    try {
      return SignedJWT.parse(token.strip());
    } catch (ParseException e) {
      throw new LicenseTokenException(Reason.MALFORMED, "not a signed JWT", e);
    }
  }

  private static void checkHeader(JWSHeader header) throws LicenseTokenException {
    if (!LicenseTokens.ALGORITHM.equals(header.getAlgorithm())) {
      throw new LicenseTokenException(
          Reason.ALGORITHM_NOT_ALLOWED, "algorithm not allowed: " + header.getAlgorithm());
    }
    if (!LicenseTokens.TYPE.equals(header.getType())) {
      throw new LicenseTokenException(
          Reason.WRONG_TYPE, "not a license token: " + header.getType());
    }
    if (header.getJWKURL() != null
        || header.getJWK() != null
        || header.getX509CertURL() != null
        || header.getX509CertChain() != null
        || header.getCriticalParams() != null
        || !header.isBase64URLEncodePayload()) {
      throw new LicenseTokenException(
          Reason.MALFORMED, "the header carries keys, key locations or critical parameters");
    }
  }

  private void checkSignature(SignedJWT jwt) throws LicenseTokenException {
    String keyId = jwt.getHeader().getKeyID();
    JWSVerifier verifier = keyId == null ? null : verifiersByKeyId.get(keyId);
    if (verifier == null) {
      throw new LicenseTokenException(Reason.UNKNOWN_KEY, "no trusted key with kid " + keyId);
    }
    boolean valid;
    try {
      valid = jwt.verify(verifier);
    } catch (JOSEException e) {
      throw new LicenseTokenException(Reason.BAD_SIGNATURE, "the signature cannot be checked", e);
    }
    if (!valid) {
      throw new LicenseTokenException(Reason.BAD_SIGNATURE, "the signature does not verify");
    }
  }

  private static LicenseTokenClaims readClaims(SignedJWT jwt) throws LicenseTokenException {
    try {
      JWTClaimsSet set = jwt.getJWTClaimsSet();
      List<String> entitlements = set.getStringListClaim(LicenseTokens.CLAIM_ENTITLEMENTS);
      return new LicenseTokenClaims(
          set.getIssuer(),
          UUID.fromString(set.getSubject()),
          UUID.fromString(set.getStringClaim(LicenseTokens.CLAIM_ACTIVATION)),
          set.getStringClaim(LicenseTokens.CLAIM_FINGERPRINT),
          set.getStringClaim(LicenseTokens.CLAIM_PLAN),
          entitlements == null ? Set.of() : Set.copyOf(entitlements),
          set.getIssueTime().toInstant(),
          set.getExpirationTime().toInstant());
    } catch (ParseException | RuntimeException e) {
      throw new LicenseTokenException(Reason.MALFORMED, "missing or malformed claims", e);
    }
  }

  private void checkIssuerAndTime(LicenseTokenClaims claims) throws LicenseTokenException {
    if (!issuer.equals(claims.issuer())) {
      throw new LicenseTokenException(Reason.WRONG_ISSUER, "issuer " + claims.issuer());
    }
    Instant now = clock.instant();
    if (claims.issuedAt().isAfter(now.plus(clockSkew))) {
      throw new LicenseTokenException(
          Reason.NOT_YET_VALID, "issued in the future: is the clock set back?");
    }
    if (!now.minus(clockSkew).isBefore(claims.expiresAt())) {
      throw new LicenseTokenException(Reason.EXPIRED, "expired at " + claims.expiresAt());
    }
  }

  /** Makes the signature checker for one trusted Ed25519 public key. */
  @FunctionalInterface
  public interface VerifierFactory {
    JWSVerifier create(OctetKeyPair publicKey) throws JOSEException;
  }

  /** Options: the clock and skew are for testing and for devices with drifting clocks. */
  public static final class Builder {
    private final JWKSet trustedKeys;
    private final String issuer;
    private Clock clock = Clock.systemUTC();
    private Duration clockSkew = Duration.ofSeconds(60);
    private VerifierFactory verifierFactory = JdkEd25519Verifier::new;

    private Builder(JWKSet trustedKeys, String issuer) {
      this.trustedKeys = Objects.requireNonNull(trustedKeys, "trustedKeys");
      this.issuer = issuer;
    }

    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    public Builder clockSkew(Duration skew) {
      if (skew.isNegative()) {
        throw new IllegalArgumentException("clock skew cannot be negative: " + skew);
      }
      this.clockSkew = skew;
      return this;
    }

    /** Another Ed25519 implementation, such as a faster one where its size is no concern. */
    public Builder verifierFactory(VerifierFactory factory) {
      this.verifierFactory = Objects.requireNonNull(factory, "factory");
      return this;
    }

    /** Builds the verifier; a key set without any usable Ed25519 key is refused. */
    public LicenseTokenVerifier build() {
      try {
        LicenseTokenVerifier verifier = new LicenseTokenVerifier(this);
        if (verifier.verifiersByKeyId.isEmpty()) {
          throw new IllegalArgumentException("the key set has no Ed25519 key with a kid");
        }
        return verifier;
      } catch (JOSEException e) {
        throw new IllegalArgumentException("unusable key in the key set: " + e.getMessage(), e);
      }
    }
  }
}
