package org.openlicensing.api.apikeys;

import java.util.Objects;

/** A new key and its secret, which is never shown again. */
public record CreatedApiKey(ApiKey key, String secret) {
  public CreatedApiKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secret, "secret");
  }

  @Override
  public String toString() {
    return "CreatedApiKey[key=" + key.id() + ", secret=<hidden>]";
  }
}
