package org.openlicensing.persistence.throttling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.openlicensing.core.throttling.RateLimit;

/**
 * The key of a bucket's row: the limit's name, a colon, and the key. A key too long for the column
 * (it may come from a client, such as an address that was tried) is replaced by its SHA-256, so
 * that no request fails for the length of what it sent.
 */
final class BucketKeys {
  /** The length of {@code rate_limit_buckets.id}. */
  static final int MAX_LENGTH = 512;

  private BucketKeys() {}

  static String of(RateLimit limit, String key) {
    String full = limit.name() + ':' + key;
    if (full.length() <= MAX_LENGTH) {
      return full;
    }
    String hashed = limit.name() + ":sha256:" + sha256(key);
    if (hashed.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("the limit's name is too long: " + limit.name());
    }
    return hashed;
  }

  private static String sha256(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
