package org.openlicensing.api.client;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.openlicensing.api.tokens.LicenseTokens;

/**
 * A license server's signing side for tests: a fresh Ed25519 key pair from the JDK, its public JWK
 * for pinning, and license tokens signed as the server signs them.
 */
final class TestIssuer {
  static final String ISSUER = "https://licensing.example.test";
  static final String FINGERPRINT = "device-1";

  private final KeyPair keys;
  private final String kid;

  TestIssuer(String kid) {
    try {
      this.keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("JDK 17 has Ed25519", e);
    }
    this.kid = kid;
  }

  /** The public key set a device pins. */
  JWKSet jwks() {
    byte[] spki = keys.getPublic().getEncoded();
    // The raw 32-byte key ends an Ed25519 SubjectPublicKeyInfo (RFC 8410).
    byte[] raw = Arrays.copyOfRange(spki, spki.length - 32, spki.length);
    return new JWKSet(
        new OctetKeyPair.Builder(Curve.Ed25519, Base64URL.encode(raw)).keyID(kid).build());
  }

  /** A token of this device for the license and activation, valid from issue to expiry. */
  String token(UUID license, UUID activation, Instant issuedAt, Instant expiresAt) {
    return token(license, activation, issuedAt, expiresAt, UnaryOperator.identity());
  }

  String token(
      UUID license,
      UUID activation,
      Instant issuedAt,
      Instant expiresAt,
      UnaryOperator<JWTClaimsSet.Builder> change) {
    JWTClaimsSet claims =
        change
            .apply(
                new JWTClaimsSet.Builder()
                    .issuer(ISSUER)
                    .subject(license.toString())
                    .issueTime(Date.from(issuedAt))
                    .expirationTime(Date.from(expiresAt))
                    .claim(LicenseTokens.CLAIM_ACTIVATION, activation.toString())
                    .claim(LicenseTokens.CLAIM_FINGERPRINT, FINGERPRINT)
                    .claim(LicenseTokens.CLAIM_PLAN, "pro")
                    .claim(LicenseTokens.CLAIM_ENTITLEMENTS, List.of("core")))
            .build();
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(LicenseTokens.ALGORITHM)
                .type(LicenseTokens.TYPE)
                .keyID(kid)
                .build(),
            claims);
    try {
      jwt.sign(new JdkSigner());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private final class JdkSigner implements JWSSigner {
    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
      try {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update(signingInput);
        return Base64URL.encode(signature.sign());
      } catch (GeneralSecurityException e) {
        throw new JOSEException(e.getMessage(), e);
      }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
      return Set.of(JWSAlgorithm.EdDSA);
    }

    @Override
    public JCAContext getJCAContext() {
      return new JCAContext();
    }
  }
}
