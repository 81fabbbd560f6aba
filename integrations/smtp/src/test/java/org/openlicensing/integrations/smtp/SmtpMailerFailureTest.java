package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.MailDeliveryException;

/** How servers that fail or refuse turn into permanent or transient delivery failures. */
class SmtpMailerFailureTest {
  private static final Duration NO_HANG = Duration.ofSeconds(15);
  private static final SmtpTimeouts SHORT =
      new SmtpTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));

  private final Email email = new Email("user@example.org", "Hello", "Hi", Optional.empty());

  private MailDeliveryException failureFrom(SmtpMailer mailer) {
    return assertTimeoutPreemptively(
        NO_HANG, () -> catchThrowableOfType(MailDeliveryException.class, () -> mailer.send(email)));
  }

  private MailDeliveryException failureFromServerReplying(Map<String, String> replies)
      throws Exception {
    try (ScriptedSmtpServer server = ScriptedSmtpServer.start(replies)) {
      return failureFrom(
          new SmtpMailer(TestSettings.plain(server.port()), SHORT, TestSettings.CLOCK));
    }
  }

  @Test
  void aServerThatIsDownIsATransientFailure() throws Exception {
    int unusedPort;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      unusedPort = probe.getLocalPort();
    }
    SmtpMailer mailer = new SmtpMailer(TestSettings.plain(unusedPort), TestSettings.CLOCK);

    MailDeliveryException failure = failureFrom(mailer);

    assertThat(failure.permanent()).isFalse();
    assertThat(failure).hasMessageContaining("127.0.0.1:" + unusedPort);
  }

  @Test
  void aServerThatNeverAnswersTimesOutAsATransientFailure() throws Exception {
    // Never accepted: the kernel completes the connection, but no greeting ever comes.
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      SmtpMailer mailer =
          new SmtpMailer(TestSettings.plain(silent.getLocalPort()), SHORT, TestSettings.CLOCK);

      MailDeliveryException failure = failureFrom(mailer);

      assertThat(failure.permanent()).isFalse();
    }
  }

  @Test
  void aRecipientRejectedWith5xxIsPermanent() throws Exception {
    MailDeliveryException failure =
        failureFromServerReplying(Map.of("RCPT", "550 5.1.1 <user@example.org>: no such user"));

    assertThat(failure.permanent()).isTrue();
    assertThat(failure).hasMessageContaining("550 5.1.1").hasMessageContaining("user@example.org");
  }

  @Test
  void aRecipientDeferredWith4xxIsTransient() throws Exception {
    MailDeliveryException failure =
        failureFromServerReplying(Map.of("RCPT", "450 4.2.1 mailbox busy, try later"));

    assertThat(failure.permanent()).isFalse();
  }

  @Test
  void aMessageRefusedWith5xxAfterItsDataIsPermanent() throws Exception {
    MailDeliveryException failure =
        failureFromServerReplying(Map.of(".", "554 5.7.1 message content rejected"));

    assertThat(failure.permanent()).isTrue();
    assertThat(failure).hasMessageContaining("554 5.7.1");
  }

  @Test
  void aMessageDeferredWith4xxAfterItsDataIsTransient() throws Exception {
    MailDeliveryException failure =
        failureFromServerReplying(Map.of(".", "451 4.3.0 local error, try again"));

    assertThat(failure.permanent()).isFalse();
  }

  @Test
  void aSenderRejectedWith5xxIsTransientBecauseItIsOurConfiguration() throws Exception {
    MailDeliveryException failure =
        failureFromServerReplying(Map.of("MAIL", "553 5.7.1 sender address not allowed"));

    assertThat(failure.permanent()).isFalse();
  }
}
