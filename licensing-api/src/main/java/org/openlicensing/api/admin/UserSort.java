package org.openlicensing.api.admin;

/** How the user overview is ordered. */
public enum UserSort {
  CREATED_AT,
  EMAIL,
  NAME
}
