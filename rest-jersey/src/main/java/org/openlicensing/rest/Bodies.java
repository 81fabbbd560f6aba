package org.openlicensing.rest;

import org.openlicensing.api.LicensingException;

/** A JSON endpoint called without a body gets a 400 that says so. */
public final class Bodies {
  private Bodies() {}

  public static <T> T required(T body) {
    if (body == null) {
      throw LicensingException.invalid("body", "is required: send a JSON object");
    }
    return body;
  }
}
