package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openlicensing.core.mail.Email;
import org.openlicensing.core.mail.MailDeliveryException;

class SmtpMailerAuthTest {
  private static final String USERNAME = "mailer";
  private static final String PASSWORD = "s3cret-Passw0rd";

  @RegisterExtension
  final GreenMailExtension greenMail =
      new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(
              GreenMailConfiguration.aConfig().withUser("mailer@example.com", USERNAME, PASSWORD));

  private final Email email = new Email("user@example.org", "Hello", "Hi", Optional.empty());

  private SmtpMailer mailer(String password) {
    return new SmtpMailer(
        TestSettings.withLogin(greenMail.getSmtp().getPort(), USERNAME, password),
        TestSettings.CLOCK);
  }

  @Test
  void deliversAfterLoggingInWithUsernameAndPassword() throws Exception {
    mailer(PASSWORD).send(email);

    assertThat(greenMail.waitForIncomingEmail(5_000, 1)).isTrue();
  }

  @Test
  void aRefusedLoginIsTransientAndDoesNotRevealThePassword() {
    String wrongPassword = "wrong-Passw0rd";

    MailDeliveryException failure =
        catchThrowableOfType(MailDeliveryException.class, () -> mailer(wrongPassword).send(email));

    assertThat(failure.permanent()).isFalse();
    assertThat(failure).hasMessageContaining("535").hasMessageNotContaining(wrongPassword);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }
}
