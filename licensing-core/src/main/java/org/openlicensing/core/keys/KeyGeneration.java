package org.openlicensing.core.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import java.security.SecureRandom;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/** Makes new signing keys, each with its RFC 7638 thumbprint as {@code kid}. */
public final class KeyGeneration {
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeyGeneration() {}

  public static SigningKeys newSigningKeys() {
    return new SigningKeys(newEd25519Key(), newRsaKey());
  }

  /** An Ed25519 key made with Bouncy Castle; Nimbus's own generator would need Google Tink. */
  public static OctetKeyPair newEd25519Key() {
    Ed25519PrivateKeyParameters secret = new Ed25519PrivateKeyParameters(RANDOM);
    try {
      return new OctetKeyPair.Builder(
              Curve.Ed25519, Base64URL.encode(secret.generatePublicKey().getEncoded()))
          .d(Base64URL.encode(secret.getEncoded()))
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.EdDSA)
          .keyIDFromThumbprint()
          .build();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot compute a key thumbprint", e);
    }
  }

  public static RSAKey newRsaKey() {
    try {
      return new RSAKeyGenerator(2048)
          .keyUse(KeyUse.SIGNATURE)
          .algorithm(JWSAlgorithm.RS256)
          .keyIDFromThumbprint(true)
          .secureRandom(RANDOM)
          .generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
  }
}
