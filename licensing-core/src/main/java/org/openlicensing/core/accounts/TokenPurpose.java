package org.openlicensing.core.accounts;

import java.time.Duration;

/** What a one-time token sent by e-mail is good for, and for how long. */
public enum TokenPurpose {
  VERIFY_EMAIL(Duration.ofHours(24)),
  PASSWORD_RESET(Duration.ofHours(1)),
  /** Confirms a new address; the token carries the address as its payload. */
  CHANGE_EMAIL(Duration.ofHours(24));

  private final Duration lifetime;

  TokenPurpose(Duration lifetime) {
    this.lifetime = lifetime;
  }

  public Duration lifetime() {
    return lifetime;
  }
}
