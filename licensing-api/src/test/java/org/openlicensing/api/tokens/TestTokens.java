package org.openlicensing.api.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
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
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Makes license tokens for the verifier's tests with the JDK's Ed25519 signer and the RFC 8037 key,
 * so that the api module needs no signer of its own.
 */
final class TestTokens {
  static final String ISSUER = "https://licensing.example.test";
  static final String KID = "test-key-1";
  static final UUID LICENSE = UUID.fromString("0190f3a2-0000-7000-8000-000000000001");
  static final UUID ACTIVATION = UUID.fromString("0190f3a2-0000-7000-8000-000000000002");
  static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  private TestTokens() {}

  static JWKSet trustedKeys() {
    return new JWKSet(publicKey(KID));
  }

  static OctetKeyPair publicKey(String kid) {
    return new OctetKeyPair.Builder(Curve.Ed25519, new Base64URL(Rfc8037Vectors.PUBLIC_X))
        .keyID(kid)
        .build();
  }

  static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject(LICENSE.toString())
        .issueTime(Date.from(NOW.minusSeconds(60)))
        .expirationTime(Date.from(NOW.plusSeconds(3600)))
        .claim(LicenseTokens.CLAIM_ACTIVATION, ACTIVATION.toString())
        .claim(LicenseTokens.CLAIM_FINGERPRINT, "device-1")
        .claim(LicenseTokens.CLAIM_PLAN, "pro")
        .claim(LicenseTokens.CLAIM_ENTITLEMENTS, List.of("core", "exports"));
  }

  static JWSHeader.Builder header() {
    return new JWSHeader.Builder(JWSAlgorithm.EdDSA)
        .type(new JOSEObjectType("license+jwt"))
        .keyID(KID);
  }

  static String sign(JWSHeader header, JWTClaimsSet claims) {
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(new JdkSigner());
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  static String valid() {
    return sign(header().build(), claims().build());
  }

  /** Ed25519 signing with the JDK, for tests only. */
  private static final class JdkSigner implements JWSSigner {
    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
      try {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(privateKey());
        signature.update(signingInput);
        return Base64URL.encode(signature.sign());
      } catch (GeneralSecurityException e) {
        throw new JOSEException(e.getMessage(), e);
      }
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
      byte[] prefix = {
        0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04,
        0x20
      };
      byte[] raw = new Base64URL(Rfc8037Vectors.PRIVATE_D).decode();
      byte[] der = new byte[prefix.length + raw.length];
      System.arraycopy(prefix, 0, der, 0, prefix.length);
      System.arraycopy(raw, 0, der, prefix.length, raw.length);
      return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
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
