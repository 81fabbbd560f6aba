package org.openlicensing.api.auth;

/** Where a request came from, for session records and security monitoring. Either may be null. */
public record ClientInfo(String ipAddress, String userAgent) {
  public static final ClientInfo UNKNOWN = new ClientInfo(null, null);
}
