package org.openlicensing.api.catalog;

/** What becomes of a license's devices when the license moves from one holder to another. */
public enum TransferRule {
  /** The devices keep running under the license for its new holder. */
  KEEP,
  /** The former holder's devices are deactivated; the new holder activates their own. */
  DEACTIVATE
}
