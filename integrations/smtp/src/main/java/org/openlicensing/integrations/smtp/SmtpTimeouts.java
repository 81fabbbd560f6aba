package org.openlicensing.integrations.smtp;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits on each step of talking to the SMTP server, so that a server that stops answering fails
 * the delivery (to be retried) instead of holding the outbox relay forever.
 */
public record SmtpTimeouts(Duration connect, Duration read, Duration write) {
  public static final SmtpTimeouts DEFAULT =
      new SmtpTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(30));

  public SmtpTimeouts {
    requirePositiveMillis(connect, "connect");
    requirePositiveMillis(read, "read");
    requirePositiveMillis(write, "write");
  }

  // Jakarta Mail takes timeouts as int milliseconds, where 0 means "wait forever".
  private static void requirePositiveMillis(Duration timeout, String name) {
    Objects.requireNonNull(timeout, name);
    if (timeout.toMillis() < 1 || timeout.toMillis() > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "SMTP "
              + name
              + " timeout must be from 1 ms to "
              + Integer.MAX_VALUE
              + " ms, was "
              + timeout);
    }
  }
}
