package org.openlicensing.core.licenses;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.tokens.LicenseTokens;
import org.openlicensing.core.keys.BouncyCastleEd25519Signer;

/**
 * Signs the token a device keeps to run offline. It is valid for the policy's token lifetime, and
 * never past the license's last usable instant.
 */
public final class LicenseTokenIssuer {
  private final BouncyCastleEd25519Signer signer;
  private final String keyId;
  private final String issuer;
  private final Clock clock;

  public LicenseTokenIssuer(OctetKeyPair key, String issuer, Clock clock) {
    try {
      this.signer = new BouncyCastleEd25519Signer(key);
    } catch (JOSEException e) {
      throw new IllegalArgumentException("not an Ed25519 private key", e);
    }
    this.keyId = key.getKeyID();
    this.issuer = issuer;
    this.clock = clock;
  }

  /** A signed token and when it expires. */
  public record SignedToken(String token, Instant expiresAt) {}

  public SignedToken issue(License license, Activation activation) {
    Instant now = clock.instant();
    Instant lifetimeEnd = now.plus(license.policy().tokenLifetime());
    Instant expiresAt =
        lifetimeEnd.isBefore(license.usableUntil()) ? lifetimeEnd : license.usableUntil();
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(license.id().toString())
            .issueTime(Date.from(now))
            .expirationTime(Date.from(expiresAt))
            .claim(LicenseTokens.CLAIM_ACTIVATION, activation.id().toString())
            .claim(LicenseTokens.CLAIM_FINGERPRINT, activation.fingerprint())
            .claim(LicenseTokens.CLAIM_PLAN, license.plan())
            .claim(
                LicenseTokens.CLAIM_ENTITLEMENTS, license.entitlements().stream().sorted().toList())
            .build();
    JWSHeader header =
        new JWSHeader.Builder(LicenseTokens.ALGORITHM)
            .type(LicenseTokens.TYPE)
            .keyID(keyId)
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a license token", e);
    }
    // JWT times have whole seconds; report the expiry the token actually carries.
    return new SignedToken(jwt.serialize(), Instant.ofEpochSecond(expiresAt.getEpochSecond()));
  }
}
