package org.openlicensing.api.auth;

import java.util.List;
import java.util.UUID;

/** An account's own sign-ins. */
public interface SessionService {

  /** The live sessions of the account, newest first. */
  List<Session> sessions(Principal principal);

  /** Ends one of the account's own sessions; another account's is NOT_FOUND. */
  void revoke(Principal principal, UUID sessionId, ClientInfo client);
}
