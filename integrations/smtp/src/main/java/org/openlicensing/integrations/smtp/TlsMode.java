package org.openlicensing.integrations.smtp;

import java.util.Locale;

/** How the connection to the SMTP server is protected. */
public enum TlsMode {
  /** Plain SMTP, for a relay on the same host or network; no STARTTLS is attempted. */
  NONE(25),
  /** Plain connection upgraded with STARTTLS; a server that does not offer it is refused. */
  STARTTLS(587),
  /** Implicit TLS from the first byte (SMTPS). */
  TLS(465);

  private final int defaultPort;

  TlsMode(int defaultPort) {
    this.defaultPort = defaultPort;
  }

  /** The port conventionally used with this mode: 25, 587 or 465. */
  public int defaultPort() {
    return defaultPort;
  }

  /** Parses {@code none}, {@code starttls} or {@code tls}, ignoring case and surrounding blanks. */
  public static TlsMode parse(String value) {
    if (value != null) {
      String wanted = value.strip().toLowerCase(Locale.ROOT);
      for (TlsMode mode : values()) {
        if (mode.name().toLowerCase(Locale.ROOT).equals(wanted)) {
          return mode;
        }
      }
    }
    throw new IllegalArgumentException(
        "TLS mode must be one of none, starttls, tls; was '" + value + "'");
  }
}
