package org.openlicensing.core.auth;

import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.auth.AuthService;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.auth.Principal;
import org.openlicensing.api.auth.TokenPair;
import org.openlicensing.api.security.SecurityEventType;
import org.openlicensing.core.security.SecurityLog;
import org.openlicensing.core.throttling.Throttle;

/** Sign-in, refresh, logout and bearer checks, each delegated to the class that owns it. */
public final class DefaultAuthService implements AuthService {
  private final PasswordLogin passwords;
  private final SessionTokens sessions;
  private final BearerAuthentication bearers;
  private final Throttle throttle;
  private final SecurityLog security;

  public DefaultAuthService(
      PasswordLogin passwords,
      SessionTokens sessions,
      BearerAuthentication bearers,
      Throttle throttle,
      SecurityLog security) {
    this.passwords = passwords;
    this.sessions = sessions;
    this.bearers = bearers;
    this.throttle = throttle;
    this.security = security;
  }

  @Override
  public TokenPair login(String email, String password, ClientInfo client) {
    throttle.perIp(throttle.limits().loginPerIp(), client);
    Account account = passwords.authenticate(email, password, client);
    return sessions.open(account, client);
  }

  @Override
  public TokenPair refresh(String refreshToken, ClientInfo client) {
    if (refreshToken == null || refreshToken.isBlank() || refreshToken.length() > 256) {
      throw LicensingException.invalid("refresh_token", "is required");
    }
    throttle.perIp(throttle.limits().refreshPerIp(), client);
    String presented = refreshToken.strip();
    sessions
        .accountOf(presented)
        .ifPresent(id -> throttle.perKey(throttle.limits().refreshPerAccount(), id.toString()));
    SessionTokens.Refresh outcome = sessions.refresh(presented, client);
    if (outcome instanceof SessionTokens.Refresh.Renewed renewed) {
      return renewed.tokens();
    }
    if (outcome instanceof SessionTokens.Refresh.Reused reused) {
      security.record(SecurityEventType.REFRESH_TOKEN_REUSED, reused.accountId(), null, client);
    }
    throw SessionTokens.refused();
  }

  @Override
  public Caller authenticate(String bearerCredential) {
    return bearers.authenticate(bearerCredential);
  }

  @Override
  public void logout(Principal principal) {
    sessions.close(principal.sessionId());
  }
}
