package org.openlicensing.core.licenses;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.tokens.LicenseTokens;
import org.openlicensing.core.keys.BouncyCastleEd25519Signer;
import org.openlicensing.core.keys.KeyRing;

/**
 * Signs the token a device keeps to run offline. It is valid for the policy's token lifetime, and
 * never past the license's last usable instant, nor past the end of a floating lease.
 */
public final class LicenseTokenIssuer {
  private final Supplier<OctetKeyPair> keys;
  private final String issuer;
  private final Clock clock;
  private volatile Signing signing;

  /** The signer of one key, kept until the key ring names another. */
  private record Signing(String keyId, BouncyCastleEd25519Signer signer) {}

  public LicenseTokenIssuer(OctetKeyPair key, String issuer, Clock clock) {
    this(() -> key, issuer, clock);
    signing();
  }

  /** Signs with the key ring's current license key, which a rotation replaces. */
  public LicenseTokenIssuer(KeyRing keys, String issuer, Clock clock) {
    this((Supplier<OctetKeyPair>) keys::licenseKey, issuer, clock);
  }

  private LicenseTokenIssuer(Supplier<OctetKeyPair> keys, String issuer, Clock clock) {
    this.keys = keys;
    this.issuer = issuer;
    this.clock = clock;
  }

  private Signing signing() {
    OctetKeyPair key = keys.get();
    Signing current = signing;
    if (current == null || !current.keyId().equals(key.getKeyID())) {
      try {
        current = new Signing(key.getKeyID(), new BouncyCastleEd25519Signer(key));
      } catch (JOSEException e) {
        throw new IllegalArgumentException("not an Ed25519 private key", e);
      }
      signing = current;
    }
    return current;
  }

  /** A signed token and when it expires. */
  public record SignedToken(String token, Instant expiresAt) {}

  public SignedToken issue(License license, Activation activation) {
    return issue(license, activation, license.policy().tokenLifetime(), Optional.empty());
  }

  /**
   * A token valid for {@code lifetime} at most (a license file's TTL), carrying the nonce of the
   * air-gapped request it answers, if any.
   */
  public SignedToken issue(
      License license, Activation activation, Duration lifetime, Optional<String> nonce) {
    Instant now = clock.instant();
    Instant lifetimeEnd = now.plus(lifetime);
    Instant expiresAt =
        lifetimeEnd.isBefore(license.usableUntil()) ? lifetimeEnd : license.usableUntil();
    // A floating lease is the device's right to run: its token ends with it, and a heartbeat
    // brings a fresh one.
    Instant leaseEnd = activation.leaseExpiresAt().orElse(expiresAt);
    expiresAt = leaseEnd.isBefore(expiresAt) ? leaseEnd : expiresAt;
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(license.id().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expiresAt))
            .claim(LicenseTokens.CLAIM_ACTIVATION, activation.id().toString())
            .claim(LicenseTokens.CLAIM_FINGERPRINT, activation.fingerprint())
            .claim(LicenseTokens.CLAIM_PLAN, license.plan())
            .claim(
                LicenseTokens.CLAIM_ENTITLEMENTS,
                license.entitlements().stream().sorted().toList());
    nonce.ifPresent(value -> claims.claim(LicenseTokens.CLAIM_NONCE, value));
    Signing signing = signing();
    JWSHeader header =
        new JWSHeader.Builder(LicenseTokens.ALGORITHM)
            .type(LicenseTokens.TYPE)
            .keyID(signing.keyId())
            .build();
    SignedJWT jwt = new SignedJWT(header, claims.build());
    try {
      jwt.sign(signing.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a license token", e);
    }
    // JWT times have whole seconds; report the expiry the token actually carries.
    return new SignedToken(jwt.serialize(), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
  }
}
