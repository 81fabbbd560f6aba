package org.openlicensing.api.accounts;

/** Roles on the platform itself, as opposed to roles inside an organization. */
public enum PlatformRole {
  USER,
  ADMIN,
  SUPER_ADMIN
}
