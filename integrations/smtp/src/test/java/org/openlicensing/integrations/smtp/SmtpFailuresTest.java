package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.util.SocketConnectException;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.mail.MailDeliveryException;

/** The mapping of failures that the server-level tests cannot easily provoke. */
class SmtpFailuresTest {
  private static final String SERVER = "smtp.example.com:587";

  @Test
  void anAddressExceptionIsPermanent() {
    MailDeliveryException failure =
        SmtpFailures.toDeliveryException(new AddressException("Missing final '@domain'"), SERVER);

    assertThat(failure.permanent()).isTrue();
  }

  @Test
  void aSendFailureWithInvalidAddressesIsPermanent() throws Exception {
    Address[] invalid = {new InternetAddress("gone@example.org")};
    SendFailedException sendFailed =
        new SendFailedException("Invalid Addresses", null, new Address[0], new Address[0], invalid);

    assertThat(SmtpFailures.toDeliveryException(sendFailed, SERVER).permanent()).isTrue();
  }

  @Test
  void aSendFailureWithOnlyUnsentValidAddressesIsTransient() throws Exception {
    Address[] unsent = {new InternetAddress("busy@example.org")};
    SendFailedException sendFailed =
        new SendFailedException("Invalid Addresses", null, new Address[0], unsent, new Address[0]);

    assertThat(SmtpFailures.toDeliveryException(sendFailed, SERVER).permanent()).isFalse();
  }

  @Test
  void aRefusedConnectionIsTransientAndNamesTheServer() {
    MailConnectException refused =
        new MailConnectException(
            new SocketConnectException(
                "Connection refused",
                new ConnectException("Connection refused"),
                "smtp.example.com",
                587,
                10_000));

    MailDeliveryException failure = SmtpFailures.toDeliveryException(refused, SERVER);

    assertThat(failure.permanent()).isFalse();
    assertThat(failure).hasMessageContaining(SERVER).hasCause(refused);
  }

  @Test
  void aReadTimeoutIsTransient() {
    MessagingException timedOut =
        new MessagingException(
            "Exception reading response", new SocketTimeoutException("Read timed out"));

    assertThat(SmtpFailures.toDeliveryException(timedOut, SERVER).permanent()).isFalse();
  }
}
