package org.openlicensing.api.auth;

/** Sign-in, refresh-token rotation, logout, and checking what a caller presents. */
public interface AuthService {

  /** Signs in with e-mail and password; starts a session. Throttled per address and per IP. */
  TokenPair login(String email, String password, ClientInfo client);

  /**
   * Spends a refresh token for a new pair. A token that was already spent revokes its session:
   * every token descended from the same sign-in stops working.
   */
  TokenPair refresh(String refreshToken, ClientInfo client);

  /**
   * The caller behind a bearer credential: an access token of a live session of an active account,
   * or an organization's API key. Anything else is UNAUTHENTICATED.
   */
  Caller authenticate(String bearerCredential);

  /** Ends the caller's own session: its refresh tokens and access tokens stop working. */
  void logout(Principal principal);
}
