package org.openlicensing.core.webhooks;

/** A webhook's signature is missing, wrong or too old; the delivery is refused and not stored. */
public final class WebhookSignatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WebhookSignatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
