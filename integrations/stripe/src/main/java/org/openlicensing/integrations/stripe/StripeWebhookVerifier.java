package org.openlicensing.integrations.stripe;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openlicensing.core.webhooks.VerifiedEvent;
import org.openlicensing.core.webhooks.WebhookSignatureException;
import org.openlicensing.core.webhooks.WebhookVerifier;

/**
 * Checks a Stripe webhook delivery on its raw body with stripe-java's {@link Webhook.Signature},
 * before anything parses it. Several signing secrets may be configured so that a secret can be
 * rolled: a delivery signed by any of them is accepted, and so is a header carrying several {@code
 * v1} signatures of which one matches (Stripe sends one per active secret while rolling).
 *
 * <p>Messages never contain a secret or the expected signature.
 */
public final class StripeWebhookVerifier implements WebhookVerifier {
  /** Stripe's recommended tolerance, as stripe-java's default. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(Webhook.DEFAULT_TOLERANCE);

  /**
   * stripe-java skips the age check when the tolerance is not positive; the first pass uses this on
   * purpose to learn which secret signed, the second pass checks the age.
   */
  private static final long NO_AGE_CHECK = 0;

  private final List<String> secrets;
  private final long toleranceSeconds;
  private final Clock clock;

  public StripeWebhookVerifier(List<String> signingSecrets, Duration tolerance) {
    this(signingSecrets, tolerance, Clock.systemUTC());
  }

  /** With the clock that decides whether a delivery is too old, for tests. */
  public StripeWebhookVerifier(List<String> signingSecrets, Duration tolerance, Clock clock) {
    this.secrets = List.copyOf(signingSecrets);
    if (secrets.isEmpty() || secrets.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("at least one non-blank Stripe webhook signing secret");
    }
    if (tolerance.isNegative() || tolerance.isZero() || tolerance.toMillis() % 1000 != 0) {
      // A zero tolerance would switch stripe-java's age check off, the opposite of strict.
      throw new IllegalArgumentException("tolerance must be a positive number of seconds");
    }
    this.toleranceSeconds = tolerance.toSeconds();
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public String provider() {
    return "stripe";
  }

  @Override
  public VerifiedEvent verify(String payload, String signatureHeader) {
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookSignatureException("missing Stripe-Signature header", null);
    }
    if (payload == null) {
      throw new WebhookSignatureException("missing payload", null);
    }
    if (!StripeSignatureHeader.isWellFormed(signatureHeader)) {
      throw new WebhookSignatureException(
          "malformed Stripe-Signature header: expected t=<unix seconds> and v1=<signature>", null);
    }
    String signer =
        signingSecret(payload, signatureHeader)
            .orElseThrow(
                () ->
                    new WebhookSignatureException(
                        "Stripe-Signature matches none of the configured signing secrets", null));
    checkAge(payload, signatureHeader, signer);
    return StripeEventReader.read(payload);
  }

  private Optional<String> signingSecret(String payload, String header) {
    for (String secret : secrets) {
      try {
        if (Webhook.Signature.verifyHeader(payload, header, secret, NO_AGE_CHECK, clock)) {
          return Optional.of(secret);
        }
      } catch (SignatureVerificationException e) {
        // Not this secret: try the next one.
      }
    }
    return Optional.empty();
  }

  private void checkAge(String payload, String header, String secret) {
    try {
      Webhook.Signature.verifyHeader(payload, header, secret, toleranceSeconds, clock);
    } catch (SignatureVerificationException e) {
      throw new WebhookSignatureException(
          "Stripe-Signature timestamp is older than the tolerance of " + toleranceSeconds + " s",
          e);
    }
  }
}
