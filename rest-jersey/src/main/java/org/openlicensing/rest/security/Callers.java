package org.openlicensing.rest.security;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.Principal;

/** What resources ask of the security context: who is calling, or UNAUTHENTICATED. */
public final class Callers {
  private Callers() {}

  public static Optional<Caller> of(SecurityContext context) {
    if (context != null && context.getUserPrincipal() instanceof CallerPrincipal principal) {
      return Optional.of(principal.caller());
    }
    return Optional.empty();
  }

  /**
   * The signed-in account. No credentials at all is UNAUTHENTICATED; an API key or a license key is
   * FORBIDDEN: they are valid, but this is for people.
   */
  public static Principal account(SecurityContext context) {
    Caller caller = any(context);
    if (caller instanceof Caller.AccountCaller account) {
      return account.principal();
    }
    throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a signed-in account");
  }

  /** The signed-in account as a caller of the services; anyone else as in {@link #account}. */
  public static Caller signedIn(SecurityContext context) {
    return new Caller.AccountCaller(account(context));
  }

  /** A signed-in account or an organization's API key; a license key is FORBIDDEN. */
  public static Caller accountOrApiKey(SecurityContext context) {
    Caller caller = any(context);
    if (caller instanceof Caller.LicenseKeyCaller) {
      throw new LicensingException(
          ErrorCode.FORBIDDEN, "this needs a signed-in account or an API key");
    }
    return caller;
  }

  /** Any caller: an account or a device. */
  public static Caller any(SecurityContext context) {
    return of(context)
        .orElseThrow(
            () ->
                new LicensingException(
                    ErrorCode.UNAUTHENTICATED,
                    "send Authorization: Bearer <access token> or License <license key>"));
  }
}
