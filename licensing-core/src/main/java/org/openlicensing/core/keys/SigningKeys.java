package org.openlicensing.core.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import java.util.List;
import java.util.Objects;

/**
 * The server's private signing keys, each with a {@code kid}.
 *
 * <p>License tokens are signed with Ed25519: signing is cheap on the server (Bouncy Castle) and
 * verification needs nothing but the JDK on a device. Access tokens are signed with RS256, because
 * the server checks one on every request and RSA verification is the fastest check measured on
 * these machines; their signing happens once per sign-in.
 */
public record SigningKeys(OctetKeyPair licenseKey, RSAKey accessTokenKey) {
  public SigningKeys {
    Objects.requireNonNull(licenseKey, "licenseKey");
    Objects.requireNonNull(accessTokenKey, "accessTokenKey");
    if (!licenseKey.isPrivate() || !accessTokenKey.isPrivate()) {
      throw new IllegalArgumentException("signing keys must include their private parts");
    }
    if (licenseKey.getKeyID() == null || accessTokenKey.getKeyID() == null) {
      throw new IllegalArgumentException("signing keys need a kid");
    }
  }

  /** The public halves, as published at {@code /.well-known/jwks.json}. */
  public JWKSet publicKeys() {
    return new JWKSet(List.<JWK>of(licenseKey.toPublicJWK(), accessTokenKey.toPublicJWK()));
  }

  @Override
  public String toString() {
    return "SigningKeys[license kid="
        + licenseKey.getKeyID()
        + ", access kid="
        + accessTokenKey.getKeyID()
        + "]";
  }
}
