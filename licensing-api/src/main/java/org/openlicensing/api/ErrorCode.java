package org.openlicensing.api;

/**
 * Every error the library reports, with the HTTP status and the stable code that clients rely on.
 * The string code never changes once released; add new constants rather than rename.
 */
public enum ErrorCode {
  VALIDATION_FAILED(400, "The request is not valid"),
  TOKEN_INVALID(400, "The token is invalid, used or expired"),
  ACTIVATION_REQUEST_INVALID(400, "The activation request file cannot be read"),
  WEBHOOK_SIGNATURE_INVALID(400, "The webhook's signature is missing, wrong or too old"),
  UNAUTHENTICATED(401, "Authentication is required"),
  INVALID_CREDENTIALS(401, "The credentials are not valid"),
  PAYMENT_FAILED(402, "The payment was declined"),
  PAYMENT_ACTION_REQUIRED(402, "The payment needs the customer's confirmation"),
  FORBIDDEN(403, "The caller may not do this"),
  EMAIL_NOT_VERIFIED(403, "The e-mail address is not verified yet"),
  INVITATION_FOR_ANOTHER_ADDRESS(403, "The invitation is for another e-mail address"),
  ACCOUNT_DISABLED(403, "The account is disabled"),
  LICENSE_EXPIRED(403, "The license has expired"),
  LICENSE_SUSPENDED(403, "The license is suspended"),
  LICENSE_REVOKED(403, "The license is revoked"),
  KYC_REQUIRED(403, "Identity verification is required first"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "The method is not allowed on this resource"),
  NOT_ACCEPTABLE(406, "No acceptable representation"),
  CONFLICT(409, "The request conflicts with the current state"),
  ALREADY_MEMBER(409, "The account is a member of the organization already"),
  LAST_OWNER(409, "An organization must keep an owner"),
  PERSONAL_ORGANIZATION(409, "A personal organization has its owner as its only member"),
  INVALID_STATE_TRANSITION(409, "The subscription cannot do that in its current state"),
  REFUND_EXCEEDS_PAYMENT(409, "A refund cannot exceed what is left of the payment"),
  SEAT_LIMIT_REACHED(409, "Every seat of the subscription is taken"),
  DEVICE_LIMIT_REACHED(409, "The license is active on as many devices as it allows"),
  USAGE_LIMIT_REACHED(409, "The license has used up its quota of the metric"),
  CONCURRENCY_LIMIT_REACHED(409, "The floating license has as many live leases as it allows"),
  HEARTBEAT_DEAD(409, "The device's lease has died; activate again"),
  LICENSE_NOT_ASSIGNED(409, "The license must be assigned to a member before it activates"),
  OFFLINE_NOT_ALLOWED(409, "The license's policy does not allow offline files"),
  DEVICE_NOT_ACTIVATED(409, "The device is not activated on the license"),
  PAYLOAD_TOO_LARGE(413, "The request body is too large"),
  UNSUPPORTED_MEDIA_TYPE(415, "The request body must be application/json"),
  BULK_FILE_INVALID(422, "Lines of the file are in error; nothing was applied"),
  RATE_LIMITED(429, "Too many requests"),
  INTERNAL_ERROR(500, "Internal error"),
  SERVICE_UNAVAILABLE(503, "The service is unavailable");

  private final int httpStatus;
  private final String title;

  ErrorCode(int httpStatus, String title) {
    this.httpStatus = httpStatus;
    this.title = title;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String title() {
    return title;
  }

  /** The stable string clients match on: the constant's name. */
  public String code() {
    return name();
  }
}
