package org.openlicensing.core.apikeys;

import java.util.Objects;
import org.openlicensing.api.apikeys.ApiKey;

/** An API key with the hash of its secret, which never leaves the core. */
public record StoredApiKey(ApiKey key, String secretHash) {
  public StoredApiKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(secretHash, "secretHash");
  }

  @Override
  public String toString() {
    return "StoredApiKey[key=" + key.id() + "]";
  }
}
