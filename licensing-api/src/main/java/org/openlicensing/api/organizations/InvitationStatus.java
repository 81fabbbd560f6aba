package org.openlicensing.api.organizations;

/** Where an invitation stands. */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  REVOKED,
  EXPIRED
}
