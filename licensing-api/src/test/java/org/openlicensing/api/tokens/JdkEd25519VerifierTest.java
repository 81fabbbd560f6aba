package org.openlicensing.api.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;

class JdkEd25519VerifierTest {
  private static final OctetKeyPair PUBLIC_KEY =
      new OctetKeyPair.Builder(Curve.Ed25519, new Base64URL(Rfc8037Vectors.PUBLIC_X)).build();

  @Test
  void verifiesTheRfc8037Example() throws Exception {
    JWSObject jws = JWSObject.parse(Rfc8037Vectors.JWS);

    assertThat(jws.verify(new JdkEd25519Verifier(PUBLIC_KEY))).isTrue();
  }

  @Test
  void rejectsTheExampleWithOneBitOfTheSignatureFlipped() throws Exception {
    String[] parts = Rfc8037Vectors.JWS.split("\\.");
    byte[] signature = new Base64URL(parts[2]).decode();
    signature[10] ^= 0x01;
    JWSObject tampered =
        JWSObject.parse(parts[0] + "." + parts[1] + "." + Base64URL.encode(signature));

    assertThat(tampered.verify(new JdkEd25519Verifier(PUBLIC_KEY))).isFalse();
  }

  @Test
  void rejectsTheExampleWithAnotherPayload() throws Exception {
    String[] parts = Rfc8037Vectors.JWS.split("\\.");
    JWSObject tampered =
        JWSObject.parse(
            parts[0] + "." + Base64URL.encode("Example of Ed25519 signinG") + "." + parts[2]);

    assertThat(tampered.verify(new JdkEd25519Verifier(PUBLIC_KEY))).isFalse();
  }

  @Test
  void refusesKeysOfOtherCurves() {
    OctetKeyPair x25519 =
        new OctetKeyPair.Builder(Curve.X25519, new Base64URL(Rfc8037Vectors.PUBLIC_X)).build();

    assertThatThrownBy(() -> new JdkEd25519Verifier(x25519)).isInstanceOf(JOSEException.class);
  }
}
