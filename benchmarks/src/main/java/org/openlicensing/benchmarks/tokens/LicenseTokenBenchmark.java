package org.openlicensing.benchmarks.tokens;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax0.license3j.Feature;
import javax0.license3j.crypto.LicenseKeyPair;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openlicensing.api.accounts.PlatformRole;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.tokens.LicenseTokenClaims;
import org.openlicensing.api.tokens.LicenseTokenException;
import org.openlicensing.api.tokens.LicenseTokenVerifier;
import org.openlicensing.benchmarks.support.Fixtures;
import org.openlicensing.core.auth.AccessTokens;
import org.openlicensing.core.keys.BouncyCastleEd25519Verifier;
import org.openlicensing.core.keys.KeyGeneration;
import org.openlicensing.core.licenses.LicenseTokenIssuer;

/**
 * License tokens, each library path next to the bare signature operation it is built on, on the
 * same bytes:
 *
 * <ul>
 *   <li>a device's offline check ({@link LicenseTokenVerifier#verify}: parse, header checks,
 *       signature, claims, issuer, time, fingerprint) against {@code Signature.verify} of the JDK's
 *       Ed25519 over the token's signing input, the implementation the verifier uses by default;
 *   <li>the same verifier built with Bouncy Castle's Ed25519 (as the server could), against a bare
 *       Bouncy Castle verification, where parsing weighs more next to a faster signature;
 *   <li>issuing a token on activation ({@link LicenseTokenIssuer#issue}: claims, JSON, base64url,
 *       Bouncy Castle signature) against a bare Bouncy Castle signature of the same input;
 *   <li>a bare JDK signature, so that the run names the faster implementation for signing;
 *   <li>the verifier with its signature check stubbed out (always true): what parsing and the
 *       header, claim, time and fingerprint checks cost on their own;
 *   <li>issuing a token and checking it on the device, one after the other, side by side with the
 *       same round trip through License3j 3.2.0 (the Java license-file library: RSA-2048 over
 *       SHA-512, as its documentation sets it up, in its binary format, the fastest it has), with
 *       the same content;
 *   <li>the access token every API request carries ({@link AccessTokens#verify}, RS256 through the
 *       JDK) against a bare JDK RS256 check: with the Ed25519 figures, which signature checks
 *       fastest on the server.
 * </ul>
 *
 * Throughput per thread; the suite runs each method in its own fork, in rounds, takes each fork's
 * best half-second iteration, and compares the methods of one round.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// Six seconds of warm-up: on two busy cores the JIT needs about that for the longer paths (issue
// and verify in one call) to reach their steady rate; two seconds left them at half of it.
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 6, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(1)
public class LicenseTokenBenchmark {
  private static final String ISSUER = "https://licensing.example.com";
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private License license;
  private Activation activation;
  private LicenseTokenIssuer issuer;
  private LicenseTokenVerifier jdkVerifier;
  private LicenseTokenVerifier bouncyCastleVerifier;
  private LicenseTokenVerifier noSignatureVerifier;
  private String token;

  private byte[] signingInput;
  private byte[] signature;
  private PublicKey jdkPublicKey;
  private PrivateKey jdkPrivateKey;
  private Ed25519PublicKeyParameters bcPublicKey;
  private Ed25519PrivateKeyParameters bcPrivateKey;

  /** Signature engines are not thread-safe: each thread keeps its own, reused as a server would. */
  @State(Scope.Thread)
  public static class Engines {
    Signature jdkVerify;
    Signature jdkSign;
    final Ed25519Signer bcVerify = new Ed25519Signer();
    final Ed25519Signer bcSign = new Ed25519Signer();

    @Setup
    public void create() throws GeneralSecurityException {
      jdkVerify = Signature.getInstance("Ed25519");
      jdkSign = Signature.getInstance("Ed25519");
    }
  }

  @Setup
  public void issueOneToken() throws Exception {
    OctetKeyPair key = KeyGeneration.newEd25519Key();
    license = Fixtures.enterpriseLicense();
    activation = Fixtures.activation(license, "3f9a6c1e-device-fingerprint");
    issuer = new LicenseTokenIssuer(key, ISSUER, Clock.systemUTC());
    token = issuer.issue(license, activation).token();
    JWKSet trusted = new JWKSet(key.toPublicJWK());
    jdkVerifier = LicenseTokenVerifier.builder(trusted, ISSUER).build();
    bouncyCastleVerifier =
        LicenseTokenVerifier.builder(trusted, ISSUER)
            .verifierFactory(BouncyCastleEd25519Verifier::new)
            .build();
    noSignatureVerifier =
        LicenseTokenVerifier.builder(trusted, ISSUER)
            .verifierFactory(publicKey -> new AcceptingVerifier())
            .build();

    int lastDot = token.lastIndexOf('.');
    signingInput = token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
    signature = new Base64URL(token.substring(lastDot + 1)).decode();
    byte[] x = key.getDecodedX();
    byte[] d = key.getDecodedD();
    bcPublicKey = new Ed25519PublicKeyParameters(x, 0);
    bcPrivateKey = new Ed25519PrivateKeyParameters(d, 0);
    byte[] spki = new byte[SPKI_PREFIX.length + x.length];
    System.arraycopy(SPKI_PREFIX, 0, spki, 0, SPKI_PREFIX.length);
    System.arraycopy(x, 0, spki, SPKI_PREFIX.length, x.length);
    KeyFactory keys = KeyFactory.getInstance("Ed25519");
    jdkPublicKey = keys.generatePublic(new X509EncodedKeySpec(spki));
    jdkPrivateKey = keys.generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, d));

    // Every path must agree on the same bytes, or the comparison would be meaningless.
    Engines engines = new Engines();
    engines.create();
    if (!bareVerifyJdk(engines)
        || !bareVerifyBouncyCastle(engines)
        || !java.util.Arrays.equals(bareSignJdk(engines), signature)
        || !java.util.Arrays.equals(bareSignBouncyCastle(engines), signature)
        || !verifyTokenJdk().fingerprint().equals(activation.fingerprint())
        || !verifyTokenBouncyCastle().fingerprint().equals(activation.fingerprint())) {
      throw new IllegalStateException("the token does not verify on every path");
    }
  }

  @Benchmark
  public LicenseTokenClaims verifyTokenJdk() throws LicenseTokenException {
    return jdkVerifier.verify(token, activation.fingerprint());
  }

  @Benchmark
  public boolean bareVerifyJdk(Engines engines) throws GeneralSecurityException {
    engines.jdkVerify.initVerify(jdkPublicKey);
    engines.jdkVerify.update(signingInput);
    return engines.jdkVerify.verify(signature);
  }

  @Benchmark
  public LicenseTokenClaims verifyTokenBouncyCastle() throws LicenseTokenException {
    return bouncyCastleVerifier.verify(token, activation.fingerprint());
  }

  @Benchmark
  public boolean bareVerifyBouncyCastle(Engines engines) {
    engines.bcVerify.init(false, bcPublicKey);
    engines.bcVerify.update(signingInput, 0, signingInput.length);
    return engines.bcVerify.verifySignature(signature);
  }

  @Benchmark
  public LicenseTokenClaims verifyTokenWithoutSignature() throws LicenseTokenException {
    return noSignatureVerifier.verify(token, activation.fingerprint());
  }

  @Benchmark
  public LicenseTokenIssuer.SignedToken issueToken() {
    return issuer.issue(license, activation);
  }

  @Benchmark
  public byte[] bareSignBouncyCastle(Engines engines) {
    engines.bcSign.init(true, bcPrivateKey);
    engines.bcSign.update(signingInput, 0, signingInput.length);
    return engines.bcSign.generateSignature();
  }

  @Benchmark
  public byte[] bareSignJdk(Engines engines) throws GeneralSecurityException {
    engines.jdkSign.initSign(jdkPrivateKey);
    engines.jdkSign.update(signingInput);
    return engines.jdkSign.sign();
  }

  @Benchmark
  public LicenseTokenClaims issueAndVerifyTokenJdk() throws LicenseTokenException {
    return jdkVerifier.verify(issuer.issue(license, activation).token(), activation.fingerprint());
  }

  @Benchmark
  public LicenseTokenClaims issueAndVerifyTokenBouncyCastle() throws LicenseTokenException {
    return bouncyCastleVerifier.verify(
        issuer.issue(license, activation).token(), activation.fingerprint());
  }

  @Benchmark
  public javax0.license3j.License issueAndVerifyLicense3j(License3j license3j) throws Exception {
    return license3j.verify(license3j.issue(), activation.fingerprint());
  }

  @Benchmark
  public AccessTokens.Claims verifyAccessToken(AccessTokenState state) {
    return state.accessTokens.verify(state.token);
  }

  @Benchmark
  public boolean bareVerifyRs256Jdk(AccessTokenState state) throws GeneralSecurityException {
    state.verify.initVerify(state.publicKey);
    state.verify.update(state.signingInput);
    return state.verify.verify(state.signature);
  }

  /**
   * License3j's round trip for the same license and device: a license with the token's content
   * (ids, key, plan, entitlements, device fingerprint, issuer, times), signed with a 2,048-bit RSA
   * key over SHA-512 and serialized; then read back, its signature checked with the public key, its
   * expiry and its fingerprint checked.
   */
  @State(Scope.Benchmark)
  public static class License3j {
    private static final String DIGEST = "SHA-512";

    private java.security.PrivateKey privateKey;
    private PublicKey publicKey;
    private License source;
    private Activation device;
    private String entitlements;

    @Setup
    public void keys(LicenseTokenBenchmark benchmark) throws Exception {
      LicenseKeyPair pair = LicenseKeyPair.Create.from("RSA", 2048);
      privateKey = pair.getPair().getPrivate();
      publicKey = pair.getPair().getPublic();
      source = benchmark.license;
      device = benchmark.activation;
      entitlements = String.join(",", new TreeSet<>(source.entitlements()));
      if (!verify(issue(), device.fingerprint()).isOK(publicKey)) {
        throw new IllegalStateException("License3j's license does not verify");
      }
    }

    byte[] issue() throws Exception {
      long now = System.currentTimeMillis();
      javax0.license3j.License license = new javax0.license3j.License();
      license.setLicenseId(UUID.randomUUID());
      license.add(Feature.Create.stringFeature("iss", ISSUER));
      license.add(Feature.Create.uuidFeature("sub", source.id()));
      license.add(Feature.Create.stringFeature("licenseKey", source.key()));
      license.add(Feature.Create.stringFeature("plan", source.plan()));
      license.add(Feature.Create.stringFeature("entitlements", entitlements));
      license.add(Feature.Create.uuidFeature("activation", device.id()));
      license.add(Feature.Create.stringFeature("fingerprint", device.fingerprint()));
      license.add(Feature.Create.dateFeature("issuedAt", new Date(now)));
      license.setExpiry(new Date(now + Duration.ofDays(30).toMillis()));
      license.sign(privateKey, DIGEST);
      return license.serialized();
    }

    javax0.license3j.License verify(byte[] serialized, String fingerprint) {
      javax0.license3j.License license = javax0.license3j.License.Create.from(serialized);
      if (!license.isOK(publicKey)
          || license.isExpired()
          || !ISSUER.equals(license.get("iss").getString())
          || !fingerprint.equals(license.get("fingerprint").getString())) {
        throw new IllegalStateException("License3j refused its own license");
      }
      return license;
    }
  }

  /** An access token as the server issues it, and the bare RS256 check of its bytes. */
  @State(Scope.Thread)
  public static class AccessTokenState {
    AccessTokens accessTokens;
    String token;
    PublicKey publicKey;
    Signature verify;
    byte[] signingInput;
    byte[] signature;

    @Setup
    public void issue() throws Exception {
      RSAKey key = KeyGeneration.newRsaKey();
      accessTokens = new AccessTokens(key, ISSUER, Clock.systemUTC());
      token = accessTokens.issue(UUID.randomUUID(), Set.of(PlatformRole.USER), UUID.randomUUID());
      int lastDot = token.lastIndexOf('.');
      signingInput = token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII);
      signature = new Base64URL(token.substring(lastDot + 1)).decode();
      publicKey = key.toPublicKey();
      verify = Signature.getInstance("SHA256withRSA");
      verify.initVerify(publicKey);
      verify.update(signingInput);
      if (!verify.verify(signature) || accessTokens.verify(token) == null) {
        throw new IllegalStateException("the access token does not verify");
      }
    }
  }

  /** A signature check that passes everything: isolates the rest of the verifier's work. */
  private static final class AcceptingVerifier implements JWSVerifier {
    private final JCAContext context = new JCAContext();

    @Override
    public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
      return true;
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
      return Set.of(JWSAlgorithm.EdDSA);
    }

    @Override
    public JCAContext getJCAContext() {
      return context;
    }
  }
}
