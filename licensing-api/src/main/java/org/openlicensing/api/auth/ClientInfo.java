package org.openlicensing.api.auth;

/**
 * Where a request came from, for throttling, session records and audit events. Any part may be
 * null, for example when the library is called in-process.
 */
public record ClientInfo(String ipAddress, String userAgent, String requestId) {
  public static final ClientInfo UNKNOWN = new ClientInfo(null, null, null);

  @Override
  public String toString() {
    return "ClientInfo[ip=" + ipAddress + ", requestId=" + requestId + "]";
  }
}
