package org.openlicensing.core.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Checks Ed25519 signatures through Bouncy Castle, for the server side, where its size costs
 * nothing and its speed counts. Devices use the JDK's verifier from licensing-api instead.
 */
public final class BouncyCastleEd25519Verifier implements JWSVerifier {
  private final Ed25519PublicKeyParameters publicKey;
  private final JCAContext jcaContext = new JCAContext();

  public BouncyCastleEd25519Verifier(OctetKeyPair key) throws JOSEException {
    if (!Curve.Ed25519.equals(key.getCurve())) {
      throw new JOSEException("an Ed25519 key is required");
    }
    byte[] x = key.getDecodedX();
    if (x.length != Ed25519PublicKeyParameters.KEY_SIZE) {
      throw new JOSEException("an Ed25519 public key has 32 bytes");
    }
    this.publicKey = new Ed25519PublicKeyParameters(x, 0);
  }

  @Override
  public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
    if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
      return false;
    }
    byte[] sig = signature.decode();
    if (sig.length != Ed25519PublicKeyParameters.KEY_SIZE * 2) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, publicKey);
    verifier.update(signingInput, 0, signingInput.length);
    return verifier.verifySignature(sig);
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
