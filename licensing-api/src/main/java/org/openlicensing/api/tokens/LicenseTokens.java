package org.openlicensing.api.tokens;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;

/** The format of license tokens, shared by the server that signs them and the devices. */
public final class LicenseTokens {
  /** The only algorithm a license token may use: Ed25519 signatures. */
  public static final JWSAlgorithm ALGORITHM = JWSAlgorithm.EdDSA;

  /** The {@code typ} header, so that no other kind of token passes as a license token. */
  public static final JOSEObjectType TYPE = new JOSEObjectType("license+jwt");

  public static final String CLAIM_ACTIVATION = "activation";
  public static final String CLAIM_FINGERPRINT = "fingerprint";
  public static final String CLAIM_PLAN = "plan";
  public static final String CLAIM_ENTITLEMENTS = "entitlements";

  /**
   * In the token of an air-gapped activation's response file only: the nonce of the request file it
   * answers, so that a device takes no other response than the one to its own request.
   */
  public static final String CLAIM_NONCE = "nonce";

  private LicenseTokens() {}
}
