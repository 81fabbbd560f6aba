package org.openlicensing.integrations.smtp;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.openlicensing.core.mail.MailDeliveryException;

/**
 * Decides whether a failed delivery is worth retrying. Permanent means that this e-mail can never
 * go through: its recipient was rejected, or the server refused its content. Everything about the
 * server or our configuration (unreachable, timed out, TLS, authentication, a 4xx reply) is
 * transient, so that e-mails survive an outage or a wrong setting that an operator then fixes.
 */
final class SmtpFailures {
  // Angus reports a reply to the end of the message data under this command.
  private static final String END_OF_DATA = ".";

  private SmtpFailures() {}

  static MailDeliveryException toDeliveryException(MessagingException failure, String server) {
    if (failure instanceof AddressException) {
      return new MailDeliveryException(
          "Invalid recipient address: " + failure.getMessage(), true, failure);
    }
    if (failure instanceof SendFailedException sendFailed && hasInvalidAddresses(sendFailed)) {
      return new MailDeliveryException(
          server + " rejected the recipient: " + serverReply(sendFailed), true, failure);
    }
    if (failure instanceof SMTPSendFailedException rejected
        && END_OF_DATA.equals(rejected.getCommand())
        && isPermanentReply(rejected.getReturnCode())) {
      return new MailDeliveryException(
          server + " refused the message: " + rejected.getMessage(), true, failure);
    }
    return new MailDeliveryException(
        "Delivery through " + server + " failed: " + describe(failure), false, failure);
  }

  private static boolean hasInvalidAddresses(SendFailedException failure) {
    Address[] invalid = failure.getInvalidAddresses();
    return invalid != null && invalid.length > 0;
  }

  private static boolean isPermanentReply(int code) {
    return code >= 500 && code <= 599;
  }

  // Angus chains the server's answer to RCPT behind a generic "Invalid Addresses".
  private static String serverReply(SendFailedException failure) {
    for (Exception next = failure.getNextException();
        next != null;
        next = next instanceof MessagingException m ? m.getNextException() : null) {
      if (next instanceof SMTPAddressFailedException rejected) {
        return rejected.getAddress() + ": " + rejected.getMessage().strip();
      }
    }
    return describe(failure);
  }

  private static String describe(MessagingException failure) {
    Throwable cause = failure.getCause();
    String message = String.valueOf(failure.getMessage()).strip();
    return cause == null || message.contains(String.valueOf(cause.getMessage()))
        ? message
        : message + " (" + cause + ")";
  }
}
