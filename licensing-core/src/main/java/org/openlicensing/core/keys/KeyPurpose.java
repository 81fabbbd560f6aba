package org.openlicensing.core.keys;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;

/** What a signing key signs: license tokens (Ed25519) or access tokens (RS256). */
public enum KeyPurpose {
  LICENSE_TOKENS,
  ACCESS_TOKENS;

  /** A fresh private key for this purpose, with its RFC 7638 thumbprint as {@code kid}. */
  JWK newKey() {
    return this == LICENSE_TOKENS ? KeyGeneration.newEd25519Key() : KeyGeneration.newRsaKey();
  }

  /** Whether the key is of this purpose's type. */
  boolean fits(JWK key) {
    return this == LICENSE_TOKENS ? key instanceof OctetKeyPair : key instanceof RSAKey;
  }
}
