package org.openlicensing.core.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Bearer secrets (verification links, refresh tokens): 256 random bits, shown once, and kept at
 * rest only as their SHA-256. A fast hash suffices because the secrets are random, not chosen.
 */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private Secrets() {}

  /** A new secret: 32 random bytes, base64url without padding (43 characters). */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return URL.encodeToString(bytes);
  }

  /** The form a secret is stored and looked up in. */
  public static String hash(String secret) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return URL.encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Compares two secrets in time that does not depend on where they differ. */
  public static boolean sameSecret(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
