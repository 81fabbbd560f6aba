package org.openlicensing.core.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.tokens.JdkEd25519Verifier;

/** Against RFC 8037, appendix A.4: Ed25519 is deterministic, so the signature must match. */
class BouncyCastleEd25519Test {
  private static final OctetKeyPair KEY =
      new OctetKeyPair.Builder(
              Curve.Ed25519, new Base64URL("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"))
          .d(new Base64URL("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"))
          .build();
  private static final String EXPECTED_JWS =
      "eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc."
          + "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg";

  private static JWSObject signedExample() throws Exception {
    JWSObject jws =
        new JWSObject(new JWSHeader(JWSAlgorithm.EdDSA), new Payload("Example of Ed25519 signing"));
    jws.sign(new BouncyCastleEd25519Signer(KEY));
    return jws;
  }

  @Test
  void signsTheRfc8037ExampleExactly() throws Exception {
    assertThat(signedExample().serialize()).isEqualTo(EXPECTED_JWS);
  }

  @Test
  void verifiesTheRfc8037Example() throws Exception {
    assertThat(
            JWSObject.parse(EXPECTED_JWS)
                .verify(new BouncyCastleEd25519Verifier(KEY.toPublicJWK())))
        .isTrue();
  }

  @Test
  void itsSignaturesVerifyWithTheJdkVerifierDevicesUse() throws Exception {
    OctetKeyPair key = KeyGeneration.newEd25519Key();
    JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.EdDSA), new Payload("message"));
    jws.sign(new BouncyCastleEd25519Signer(key));

    assertThat(JWSObject.parse(jws.serialize()).verify(new JdkEd25519Verifier(key.toPublicJWK())))
        .isTrue();
  }

  @Test
  void rejectsASignatureOverAnotherPayload() throws Exception {
    String[] parts = EXPECTED_JWS.split("\\.");
    JWSObject forged =
        JWSObject.parse(
            parts[0] + "." + Base64URL.encode("Example of Ed25519 signinG") + "." + parts[2]);

    assertThat(forged.verify(new BouncyCastleEd25519Verifier(KEY.toPublicJWK()))).isFalse();
  }

  @Test
  void rejectsATruncatedSignature() throws Exception {
    String[] parts = EXPECTED_JWS.split("\\.");
    JWSObject truncated =
        JWSObject.parse(parts[0] + "." + parts[1] + "." + parts[2].substring(0, 40));

    assertThat(truncated.verify(new BouncyCastleEd25519Verifier(KEY.toPublicJWK()))).isFalse();
  }
}
