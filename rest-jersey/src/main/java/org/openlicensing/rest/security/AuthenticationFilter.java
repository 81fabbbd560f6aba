package org.openlicensing.rest.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Locale;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.auth.AuthService;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.rest.problems.ProblemResponses;

/**
 * Reads the {@code Authorization} header: {@code Bearer <access token>} for accounts, {@code
 * License <key>} for devices. A header that is present but not valid is refused with 401 at once; a
 * request without one goes on anonymously, and endpoints that need a caller ask {@link Callers}.
 */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
  private static final String BEARER = "bearer ";
  private static final String LICENSE = "license ";
  private static final int MAX_HEADER_LENGTH = 8192;

  private final AuthService auth;

  public AuthenticationFilter(AuthService auth) {
    this.auth = auth;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null) {
      return;
    }
    if (header.length() > MAX_HEADER_LENGTH) {
      ProblemResponses.abort(request, ErrorCode.UNAUTHENTICATED, "the credentials are too long");
      return;
    }
    String lower = header.toLowerCase(Locale.ROOT);
    Caller caller;
    if (lower.startsWith(BEARER)) {
      caller = auth.authenticate(header.substring(BEARER.length()).strip());
    } else if (lower.startsWith(LICENSE) && !header.substring(LICENSE.length()).isBlank()) {
      caller = new Caller.LicenseKeyCaller(header.substring(LICENSE.length()).strip());
    } else {
      ProblemResponses.abort(
          request,
          ErrorCode.UNAUTHENTICATED,
          "use Authorization: Bearer <access token> or License <license key>");
      return;
    }
    request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext()));
  }

  private record CallerSecurityContext(Caller caller, SecurityContext original)
      implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return new CallerPrincipal(caller);
    }

    @Override
    public boolean isUserInRole(String role) {
      return caller instanceof Caller.AccountCaller account
          && account.principal().roles().stream().anyMatch(r -> r.name().equals(role));
    }

    @Override
    public boolean isSecure() {
      return original != null && original.isSecure();
    }

    @Override
    public String getAuthenticationScheme() {
      return caller instanceof Caller.LicenseKeyCaller ? "License" : "Bearer";
    }
  }
}
