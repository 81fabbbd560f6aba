package org.openlicensing.api.admin;

import java.util.List;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/**
 * The signing keys of license tokens and access tokens: listed for platform admins, rotated by
 * super admins. A rotation makes a new key sign from now on; the old one stays published until
 * every token it signed has expired, so nothing issued before stops verifying.
 */
public interface SigningKeyService {
  List<SigningKeyView> list(Caller caller);

  /**
   * @param purpose {@code LICENSE_TOKENS} or {@code ACCESS_TOKENS}
   * @return every key after the rotation
   */
  List<SigningKeyView> rotate(Caller caller, String purpose, ClientInfo client);
}
