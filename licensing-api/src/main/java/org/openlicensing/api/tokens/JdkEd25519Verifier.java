package org.openlicensing.api.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Set;

/**
 * Checks Ed25519 signatures with the JDK's own EdDSA provider (JDK 15 and later), so that a device
 * needs no extra crypto library. Nimbus's own Ed25519 verifier needs Google Tink.
 */
public final class JdkEd25519Verifier implements JWSVerifier {

  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the raw key follows. */
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private final PublicKey publicKey;
  private final JCAContext jcaContext = new JCAContext();

  public JdkEd25519Verifier(OctetKeyPair publicJwk) throws JOSEException {
    if (!Curve.Ed25519.equals(publicJwk.getCurve())) {
      throw new JOSEException("not an Ed25519 key: " + publicJwk.getCurve());
    }
    this.publicKey = decode(publicJwk.getDecodedX());
  }

  private static PublicKey decode(byte[] raw) throws JOSEException {
    if (raw.length != 32) {
      throw new JOSEException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    byte[] der = new byte[SPKI_PREFIX.length + raw.length];
    System.arraycopy(SPKI_PREFIX, 0, der, 0, SPKI_PREFIX.length);
    System.arraycopy(raw, 0, der, SPKI_PREFIX.length, raw.length);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new JOSEException("cannot decode the Ed25519 public key", e);
    }
  }

  @Override
  public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature)
      throws JOSEException {
    if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
      return false;
    }
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(publicKey);
      verifier.update(signingInput);
      return verifier.verify(signature.decode());
    } catch (GeneralSecurityException e) {
      // A signature of the wrong length or encoding is simply not valid.
      return false;
    }
  }

  @Override
  public Set<JWSAlgorithm> supportedJWSAlgorithms() {
    return Set.of(JWSAlgorithm.EdDSA);
  }

  @Override
  public JCAContext getJCAContext() {
    return jcaContext;
  }
}
