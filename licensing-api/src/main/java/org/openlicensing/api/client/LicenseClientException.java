package org.openlicensing.api.client;

import java.util.Objects;
import java.util.Optional;

/**
 * A request of {@link LicenseClient} that did not succeed. {@link #code()} is the stable {@code
 * code} of the server's problem+json answer ({@code DEVICE_LIMIT_REACHED}, {@code NOT_FOUND},
 * {@code RATE_LIMITED}, ...) or, when no such answer came, one of the client's own codes below.
 */
public class LicenseClientException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The server could not be reached, or did not answer in time. */
  public static final String NETWORK_ERROR = "NETWORK_ERROR";

  /** The server answered something that is neither the expected JSON nor problem+json. */
  public static final String UNEXPECTED_RESPONSE = "UNEXPECTED_RESPONSE";

  /** The request needs an activation, and no token is cached. */
  public static final String NOT_ACTIVATED = "NOT_ACTIVATED";

  /** The server's token fails the offline check; {@link #tokenRefusal()} says how. */
  public static final String TOKEN_REFUSED = "TOKEN_REFUSED";

  /** The cache file could not be read, written or removed. */
  public static final String CACHE_ERROR = "CACHE_ERROR";

  /**
   * An offline file (license file, activation response) is cut short, garbled or of another kind.
   */
  public static final String FILE_INVALID = "FILE_INVALID";

  /**
   * An activation response answers no request this device has pending (another device's, an older
   * one, or one already imported): upload this device's latest request file.
   */
  public static final String RESPONSE_MISMATCH = "RESPONSE_MISMATCH";

  private final String code;
  private final int status;
  private final String requestId;
  private final OfflineStatus tokenRefusal;

  LicenseClientException(
      String code,
      int status,
      String detail,
      String requestId,
      OfflineStatus tokenRefusal,
      Throwable cause) {
    super(detail, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.status = status;
    this.requestId = requestId;
    this.tokenRefusal = tokenRefusal;
  }

  static LicenseClientException problem(int status, String code, String detail, String requestId) {
    return new LicenseClientException(code, status, detail, requestId, null, null);
  }

  static LicenseClientException client(String code, String detail, Throwable cause) {
    return new LicenseClientException(code, 0, detail, null, null, cause);
  }

  static LicenseClientException unexpected(int status, String detail, Throwable cause) {
    return new LicenseClientException(UNEXPECTED_RESPONSE, status, detail, null, null, cause);
  }

  static LicenseClientException tokenRefused(int status, OfflineCheck check) {
    return new LicenseClientException(
        TOKEN_REFUSED,
        status,
        "the server's token fails the offline check: " + check.status() + ", " + check.detail(),
        null,
        check.status(),
        null);
  }

  /** The problem's code, or one of this class's constants. */
  public String code() {
    return code;
  }

  /** The HTTP status of the server's answer; 0 when there was none. */
  public int status() {
    return status;
  }

  /** The server's request id, to quote to support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** With {@link #TOKEN_REFUSED}: why the token was refused, such as a clock set back. */
  public Optional<OfflineStatus> tokenRefusal() {
    return Optional.ofNullable(tokenRefusal);
  }
}
