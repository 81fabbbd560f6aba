package org.openlicensing.core.billing.provider;

import java.util.Optional;

/** The provider refused or could not be reached. */
public final class ProviderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, as the core must answer it. */
  public enum Kind {
    /** The card issuer declined (Stripe: a card_error); {@link #declineCode()} says why. */
    CARD_DECLINED,
    /** The payment needs the customer, such as 3-D Secure (Stripe: requires_action). */
    ACTION_REQUIRED,
    /** The request named something wrong (Stripe: invalid_request_error); {@link #param()}. */
    INVALID_REQUEST,
    /** The object does not exist at the provider. */
    NOT_FOUND,
    /** Authentication, rate limit, network or server error: worth retrying later. */
    UNAVAILABLE
  }

  private final Kind kind;
  private final String declineCode;
  private final String param;

  public ProviderException(
      Kind kind, String message, String declineCode, String param, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.declineCode = declineCode;
    this.param = param;
  }

  public Kind kind() {
    return kind;
  }

  public Optional<String> declineCode() {
    return Optional.ofNullable(declineCode);
  }

  public Optional<String> param() {
    return Optional.ofNullable(param);
  }
}
