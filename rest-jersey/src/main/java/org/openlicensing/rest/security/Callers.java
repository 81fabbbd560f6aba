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

  /** The signed-in account; a device key or no credentials at all is UNAUTHENTICATED. */
  public static Principal account(SecurityContext context) {
    return of(context)
        .filter(Caller.AccountCaller.class::isInstance)
        .map(caller -> ((Caller.AccountCaller) caller).principal())
        .orElseThrow(
            () ->
                new LicensingException(
                    ErrorCode.UNAUTHENTICATED, "sign in and send Authorization: Bearer <token>"));
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
