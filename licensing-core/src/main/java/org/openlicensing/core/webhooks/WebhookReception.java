package org.openlicensing.core.webhooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook delivery, from its raw body to the inbox: the provider's verifier checks the signature
 * before anything reads the body, and only a verified event is stored. A provider without a
 * verifier is NOT_FOUND, as if its endpoint did not exist.
 */
public final class WebhookReception {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookReception.class);

  private final Map<String, WebhookVerifier> verifiers;
  private final WebhookInbox inbox;

  public WebhookReception(List<WebhookVerifier> verifiers, WebhookInbox inbox) {
    Map<String, WebhookVerifier> byProvider = new LinkedHashMap<>();
    for (WebhookVerifier verifier : verifiers) {
      if (byProvider.putIfAbsent(verifier.provider(), verifier) != null) {
        throw new IllegalArgumentException("two verifiers for " + verifier.provider());
      }
    }
    this.verifiers = Map.copyOf(byProvider);
    this.inbox = inbox;
  }

  /** Whether deliveries of this provider are taken. */
  public boolean accepts(String provider) {
    return verifiers.containsKey(provider);
  }

  /**
   * Verifies and stores a delivery; returns true if the event is new, false for a repeated one.
   * WEBHOOK_SIGNATURE_INVALID when the signature does not hold, and nothing is stored.
   *
   * @param payload the raw body, exactly as received
   * @param signatureHeader the provider's signature header, or null if there was none
   */
  public boolean deliver(String provider, String payload, String signatureHeader) {
    WebhookVerifier verifier = verifiers.get(provider);
    if (verifier == null) {
      throw LicensingException.notFound("webhook provider");
    }
    VerifiedEvent event;
    try {
      event = verifier.verify(payload, signatureHeader);
    } catch (WebhookSignatureException e) {
      // Logged without the body or the header: an attacker's probe is noise, a misconfigured
      // secret is what an operator looks for.
      LOG.warn("Refused a {} webhook delivery: {}", provider, e.getMessage());
      throw new LicensingException(ErrorCode.WEBHOOK_SIGNATURE_INVALID, e.getMessage());
    }
    if (!event.provider().equals(provider)) {
      throw new IllegalStateException(
          "the " + provider + " verifier returned an event of " + event.provider());
    }
    return inbox.receive(event);
  }
}
