package org.openlicensing.api.auth;

import java.util.Objects;

/**
 * Who is asking: a signed-in account, a server with an organization's API key, or a device that
 * proves itself with a license key.
 */
public sealed interface Caller {

  /** A signed-in account. */
  record AccountCaller(Principal principal) implements Caller {
    public AccountCaller {
      Objects.requireNonNull(principal, "principal");
    }
  }

  /** A server calling with an organization's API key. */
  record ApiKeyCaller(ApiKeyPrincipal key) implements Caller {
    public ApiKeyCaller {
      Objects.requireNonNull(key, "key");
    }
  }

  /** A device that presents the key of a license it runs under. */
  record LicenseKeyCaller(String licenseKey) implements Caller {
    public LicenseKeyCaller {
      Objects.requireNonNull(licenseKey, "licenseKey");
    }

    @Override
    public String toString() {
      return "LicenseKeyCaller[licenseKey=<hidden>]";
    }
  }
}
