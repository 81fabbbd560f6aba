package org.openlicensing.core.mail;

/** Hands an e-mail to a mail service. Called by the outbox relay, never inside a transaction. */
public interface Mailer {

  /**
   * Delivers the e-mail or throws. A delivery that may succeed on a later try throws {@link
   * MailDeliveryException} with {@code permanent} false.
   */
  void send(Email email) throws MailDeliveryException;
}
