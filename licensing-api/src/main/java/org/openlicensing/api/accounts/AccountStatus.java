package org.openlicensing.api.accounts;

/** The life of an account: it signs in only when ACTIVE. */
public enum AccountStatus {
  PENDING_VERIFICATION,
  ACTIVE,
  DISABLED,
  ERASED
}
