package org.openlicensing.integrations.stripe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.stripe.net.Webhook;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openlicensing.core.webhooks.VerifiedEvent;
import org.openlicensing.core.webhooks.WebhookSignatureException;

class StripeWebhookVerifierTest {
  private static final String CURRENT_SECRET = "whsec_current_0123456789abcdef";
  private static final String OLD_SECRET = "whsec_previous_fedcba9876543210";
  private static final String STRANGER_SECRET = "whsec_someone_else_000000000000";
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String PAYLOAD =
      "{\"id\":\"evt_1Pgc76B7WZ01zgkWwyRHS12y\",\"object\":\"event\",\"created\":1772366400,"
          + "\"type\":\"invoice.paid\",\"data\":{\"object\":{\"id\":\"in_1MtHbELkdIwHu7ixl4OzzPMv\","
          + "\"object\":\"invoice\"}}}";

  private final StripeWebhookVerifier verifier =
      new StripeWebhookVerifier(
          List.of(CURRENT_SECRET, OLD_SECRET), Duration.ofSeconds(300), CLOCK);

  @Test
  void acceptsADeliverySignedWithTheCurrentSecretAndReadsTheEvent() {
    VerifiedEvent event = verifier.verify(PAYLOAD, header(NOW, sign(NOW, PAYLOAD, CURRENT_SECRET)));

    assertThat(event.provider()).isEqualTo("stripe");
    assertThat(event.eventId()).isEqualTo("evt_1Pgc76B7WZ01zgkWwyRHS12y");
    assertThat(event.type()).isEqualTo("invoice.paid");
    assertThat(event.objectId()).contains("in_1MtHbELkdIwHu7ixl4OzzPMv");
    assertThat(event.createdAt()).isEqualTo(Instant.ofEpochSecond(1772366400));
    assertThat(event.payload()).isSameAs(PAYLOAD);
  }

  @Test
  void acceptsADeliverySignedWithTheSecondConfiguredSecretWhileSecretsRotate() {
    VerifiedEvent event = verifier.verify(PAYLOAD, header(NOW, sign(NOW, PAYLOAD, OLD_SECRET)));

    assertThat(event.eventId()).isEqualTo("evt_1Pgc76B7WZ01zgkWwyRHS12y");
  }

  @Test
  void acceptsAHeaderWithTwoV1SignaturesOfWhichOneMatches() {
    String header =
        header(NOW, sign(NOW, PAYLOAD, STRANGER_SECRET), sign(NOW, PAYLOAD, CURRENT_SECRET));

    assertThat(verifier.verify(PAYLOAD, header).type()).isEqualTo("invoice.paid");
  }

  @Test
  void ignoresSchemesOtherThanV1() {
    String header = "t=" + NOW.getEpochSecond() + ",v0=" + sign(NOW, PAYLOAD, CURRENT_SECRET);

    assertThatThrownBy(() -> verifier.verify(PAYLOAD, header))
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("malformed");
  }

  @Test
  void refusesASignatureMadeWithAnotherSecret() {
    String header = header(NOW, sign(NOW, PAYLOAD, STRANGER_SECRET));

    assertThatThrownBy(() -> verifier.verify(PAYLOAD, header))
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("none of the configured signing secrets");
  }

  @Test
  void refusesATamperedPayload() {
    String header = header(NOW, sign(NOW, PAYLOAD, CURRENT_SECRET));
    String tampered = PAYLOAD.replace("invoice.paid", "invoice.voided");

    assertThatThrownBy(() -> verifier.verify(tampered, header))
        .isInstanceOf(WebhookSignatureException.class);
  }

  @Test
  void refusesASignatureWhoseTimestampWasChangedAfterSigning() {
    Instant signedAt = NOW.minusSeconds(3600);
    String replayed = header(NOW, sign(signedAt, PAYLOAD, CURRENT_SECRET));

    assertThatThrownBy(() -> verifier.verify(PAYLOAD, replayed))
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("none of the configured");
  }

  @Test
  void refusesADeliveryOlderThanTheTolerance() {
    Instant signedAt = NOW.minusSeconds(301);
    String header = header(signedAt, sign(signedAt, PAYLOAD, CURRENT_SECRET));

    assertThatThrownBy(() -> verifier.verify(PAYLOAD, header))
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("older than the tolerance of 300 s");
  }

  @Test
  void acceptsADeliveryJustWithinTheTolerance() {
    Instant signedAt = NOW.minusSeconds(299);
    String header = header(signedAt, sign(signedAt, PAYLOAD, OLD_SECRET));

    assertThat(verifier.verify(PAYLOAD, header).eventId()).startsWith("evt_");
  }

  @Test
  void usesTheConfiguredToleranceRatherThanTheDefault() {
    StripeWebhookVerifier strict =
        new StripeWebhookVerifier(List.of(CURRENT_SECRET), Duration.ofSeconds(60), CLOCK);
    Instant signedAt = NOW.minusSeconds(120);
    String header = header(signedAt, sign(signedAt, PAYLOAD, CURRENT_SECRET));

    assertThat(verifier.verify(PAYLOAD, header).eventId()).startsWith("evt_");
    assertThatThrownBy(() -> strict.verify(PAYLOAD, header))
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("older than the tolerance of 60 s");
  }

  /**
   * stripe-java 31 checks only that a timestamp is not too old; a timestamp ahead of our clock
   * (clock skew at Stripe) passes, as it does in Stripe's own libraries. A replay cannot forge a
   * later timestamp, since the timestamp is part of what is signed.
   */
  @Test
  void acceptsATimestampAheadOfTheClockAsStripeJavaDoes() {
    Instant signedAt = NOW.plusSeconds(600);
    String header = header(signedAt, sign(signedAt, PAYLOAD, CURRENT_SECRET));

    assertThat(verifier.verify(PAYLOAD, header).eventId()).startsWith("evt_");
  }

  @Test
  void refusesAMissingOrBlankHeader() {
    assertThatThrownBy(() -> verifier.verify(PAYLOAD, null))
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("missing Stripe-Signature");
    assertThatThrownBy(() -> verifier.verify(PAYLOAD, "  "))
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("missing Stripe-Signature");
  }

  @Test
  void refusesMalformedHeaders() {
    String signature = sign(NOW, PAYLOAD, CURRENT_SECRET);
    for (String header :
        List.of(
            "v1=" + signature,
            "t=,v1=" + signature,
            "t=abc,v1=" + signature,
            "t=" + NOW.getEpochSecond(),
            "garbage",
            "t=" + NOW.getEpochSecond() + ",t=" + NOW.getEpochSecond() + ",v1=" + signature)) {
      assertThatThrownBy(() -> verifier.verify(PAYLOAD, header))
          .as(header)
          .isInstanceOf(WebhookSignatureException.class)
          .hasMessageContaining("malformed");
    }
  }

  @Test
  void messagesNeverContainASecretOrTheExpectedSignature() {
    String expected = sign(NOW, PAYLOAD, CURRENT_SECRET);
    List<String> headers =
        List.of(
            header(NOW, sign(NOW, PAYLOAD, STRANGER_SECRET)),
            header(NOW.minusSeconds(900), sign(NOW.minusSeconds(900), PAYLOAD, CURRENT_SECRET)),
            "t=abc,v1=00");
    for (String header : headers) {
      assertThatThrownBy(() -> verifier.verify(PAYLOAD, header))
          .isInstanceOf(WebhookSignatureException.class)
          .message()
          .doesNotContain(CURRENT_SECRET, OLD_SECRET, "whsec_")
          .doesNotContain(expected);
    }
  }

  @Test
  void refusesASignedBodyThatIsNotAnEvent() {
    String body = "{\"object\":\"event\"}";

    assertThatThrownBy(() -> verifier.verify(body, header(NOW, sign(NOW, body, CURRENT_SECRET))))
        .isInstanceOf(WebhookSignatureException.class)
        .hasMessageContaining("not a Stripe event");
  }

  @Test
  void leavesTheObjectIdEmptyWhenTheEventObjectHasNone() {
    String body =
        "{\"id\":\"evt_1\",\"object\":\"event\",\"created\":1772366400,\"type\":\"balance.available\","
            + "\"data\":{\"object\":{\"object\":\"balance\"}}}";

    VerifiedEvent event = verifier.verify(body, header(NOW, sign(NOW, body, CURRENT_SECRET)));

    assertThat(event.objectId()).isEmpty();
  }

  @Test
  void readsStripesOwnExampleEvent() throws IOException {
    String payload;
    try (InputStream in = getClass().getResourceAsStream("/stripe/fixtures3.json")) {
      ObjectMapper json = new ObjectMapper();
      payload = json.writeValueAsString(json.readTree(in).get("resources").get("event"));
    }

    VerifiedEvent event = verifier.verify(payload, header(NOW, sign(NOW, payload, OLD_SECRET)));

    assertThat(event.eventId()).isEqualTo("evt_1Pgc76B7WZ01zgkWwyRHS12y");
    assertThat(event.type()).isEqualTo("plan.created");
    assertThat(event.objectId()).contains("price_1PgafmB7WZ01zgkW6dKueIc5");
    assertThat(event.createdAt()).isEqualTo(Instant.ofEpochSecond(1234567890));
  }

  @Test
  void refusesNoSecretsAndNonPositiveTolerance() {
    assertThatThrownBy(() -> new StripeWebhookVerifier(List.of(), Duration.ofSeconds(300)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StripeWebhookVerifier(List.of(CURRENT_SECRET), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new StripeWebhookVerifier(List.of(CURRENT_SECRET), Duration.ofMinutes(5)).provider())
        .isEqualTo("stripe");
  }

  /** Stripe's documented scheme: v1 = hex HMAC-SHA256 of "{t}.{payload}" under the secret. */
  static String sign(Instant at, String payload, String secret) {
    try {
      return Webhook.Util.computeHmacSha256(secret, at.getEpochSecond() + "." + payload);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String header(Instant at, String... v1Signatures) {
    StringBuilder header = new StringBuilder("t=").append(at.getEpochSecond());
    for (String signature : v1Signatures) {
      header.append(",v1=").append(signature);
    }
    return header.toString();
  }
}
