package org.openlicensing.core.billing.provider;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.openlicensing.core.support.Ids;

/**
 * Idempotency keys for the payment service, derived from the client's Idempotency-Key so that a
 * retried request repeats none of its effects there: the same client key gives the same provider
 * keys, and the same parameters. Client keys may be 255 characters, more than a provider takes with
 * a prefix, so they are hashed (with the caller, whose keys they are).
 */
final class ProviderKeys {
  private ProviderKeys() {}

  /** A scope for the keys of one request: from the client's key, or fresh when it sent none. */
  static String scope(UUID callerId, String clientKey) {
    return clientKey == null ? UUID.randomUUID().toString() : sha256(callerId + ":" + clientKey);
  }

  /**
   * The id of a subscription bought with the client's key: the same for a retry, so that the
   * metadata sent to the provider is too (a provider refuses a key reused with other parameters).
   */
  static UUID subscriptionId(UUID callerId, String clientKey, Clock clock) {
    return clientKey == null
        ? Ids.newId(clock)
        : UUID.nameUUIDFromBytes(
            ("subscription:" + callerId + ":" + clientKey).getBytes(StandardCharsets.UTF_8));
  }

  /** A key of bounded length for any text, such as a refund's key from an admin. */
  static String bounded(String prefix, String key) {
    return prefix + sha256(key);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
