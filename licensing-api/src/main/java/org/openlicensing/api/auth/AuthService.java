package org.openlicensing.api.auth;

/** Sign-in, refresh-token rotation, and checking access tokens. */
public interface AuthService {

  /** Signs in with e-mail and password. */
  TokenPair login(String email, String password, ClientInfo client);

  /**
   * Spends a refresh token for a new pair. A token that was already spent revokes every token
   * descended from the same sign-in.
   */
  TokenPair refresh(String refreshToken, ClientInfo client);

  /** The principal of a valid access token; anything else is UNAUTHENTICATED. */
  Principal authenticate(String accessToken);
}
