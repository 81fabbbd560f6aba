package org.openlicensing.examples.device;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A stable name for this machine, hashed so that no host name leaves it. Real products mix in more
 * (a machine id, a disk serial); this is enough for the example.
 */
final class DeviceFingerprint {
  private DeviceFingerprint() {}

  static String ofThisMachine() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    String raw = host + "|" + System.getProperty("os.name") + "|" + System.getProperty("user.name");
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
