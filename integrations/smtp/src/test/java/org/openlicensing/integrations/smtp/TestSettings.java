package org.openlicensing.integrations.smtp;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/** Settings and clocks the mailer tests share; all immutable. */
final class TestSettings {
  static final String FROM = "no-reply@example.com";
  static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private TestSettings() {}

  static SmtpSettings plain(int port) {
    return settings("127.0.0.1", port, TlsMode.NONE);
  }

  static SmtpSettings settings(String host, int port, TlsMode tls) {
    return new SmtpSettings(
        host, port, tls, Optional.empty(), Optional.empty(), FROM, Optional.of("OpenLicensing"));
  }

  static SmtpSettings withLogin(int port, String username, String password) {
    return new SmtpSettings(
        "127.0.0.1",
        port,
        TlsMode.NONE,
        Optional.of(username),
        Optional.of(password),
        FROM,
        Optional.empty());
  }
}
