package org.openlicensing.core.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The identifier of a usage event at the payment service's meter: derived from the license and the
 * client's idempotency key, the two that make an event unique here, so that every send of one event
 * carries the same identifier and the service counts it once. Hashed, because a client's key may be
 * 255 characters of any kind and the service takes 100.
 */
final class MeterIdentifiers {
  static final String PREFIX = "olu_";

  private MeterIdentifiers() {}

  static String of(UUID licenseId, String idempotencyKey) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((licenseId + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
