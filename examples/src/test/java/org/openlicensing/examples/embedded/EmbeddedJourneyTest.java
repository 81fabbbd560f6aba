package org.openlicensing.examples.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openlicensing.api.accounts.AccountStatus;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.licenses.ValidationCode;

class EmbeddedJourneyTest {
  @Test
  void theEmbeddedJourneyRunsOnItsOwnH2DatabaseWithoutHttp(@TempDir Path directory)
      throws Exception {
    EmbeddedJourney.Outcome outcome = EmbeddedJourney.run(directory);

    assertThat(outcome.account().status()).isEqualTo(AccountStatus.ACTIVE);
    assertThat(outcome.subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
    assertThat(outcome.licenses()).isEqualTo(2);
    assertThat(outcome.activation().created()).isTrue();
    assertThat(outcome.validation().code()).isEqualTo(ValidationCode.VALID);
    assertThat(outcome.offlineClaims().fingerprint()).isEqualTo("laptop-7f3a");
    assertThat(outcome.offlineClaims().activationId())
        .isEqualTo(outcome.activation().activation().id());
    assertThat(directory.resolve("licensing.mv.db")).exists();
  }
}
