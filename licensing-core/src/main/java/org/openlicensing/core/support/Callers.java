package org.openlicensing.core.support;

import java.util.UUID;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.auth.Caller;

/** The ids behind a caller. */
public final class Callers {
  private Callers() {}

  /** The account's id, or null when the caller is no account. */
  public static UUID accountIdOf(Caller caller) {
    return caller instanceof Caller.AccountCaller account ? account.principal().accountId() : null;
  }

  /**
   * The identity a caller's idempotency keys are scoped to: its account, or its API key; null for a
   * device.
   */
  public static UUID idOf(Caller caller) {
    if (caller instanceof Caller.ApiKeyCaller apiKey) {
      return apiKey.key().apiKeyId();
    }
    return accountIdOf(caller);
  }

  /** The caller, who must be a signed-in platform ADMIN; anyone else is FORBIDDEN. */
  public static Caller.AccountCaller requirePlatformAdmin(Caller caller) {
    if (caller instanceof Caller.AccountCaller account && account.principal().isPlatformAdmin()) {
      return account;
    }
    throw new LicensingException(ErrorCode.FORBIDDEN, "this needs a platform ADMIN");
  }
}
