package org.openlicensing.rest.security;

import java.security.Principal;
import org.openlicensing.api.auth.Caller;

/** The authenticated caller, as JAX-RS's SecurityContext carries it. */
final class CallerPrincipal implements Principal {
  private final Caller caller;

  CallerPrincipal(Caller caller) {
    this.caller = caller;
  }

  Caller caller() {
    return caller;
  }

  @Override
  public String getName() {
    if (caller instanceof Caller.AccountCaller account) {
      return account.principal().accountId().toString();
    }
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      return "api-key:" + apiKey.key().apiKeyId();
    }
    return "license-key";
  }
}
