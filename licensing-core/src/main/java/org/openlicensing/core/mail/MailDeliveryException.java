package org.openlicensing.core.mail;

/** A mail service refused or failed to take an e-mail. */
public class MailDeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  public MailDeliveryException(String message, boolean permanent, Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  /** True when retrying cannot help, such as a rejected recipient address. */
  public boolean permanent() {
    return permanent;
  }
}
