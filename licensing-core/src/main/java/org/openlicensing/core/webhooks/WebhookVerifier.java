package org.openlicensing.core.webhooks;

/**
 * Checks a provider's webhook delivery on its raw body, before anything parses it, and reads the
 * few fields the inbox keeps. An adapter implements it per provider.
 */
public interface WebhookVerifier {
  /** The provider's name, as in the endpoint's path: {@code stripe}. */
  String provider();

  /**
   * @param payload the raw body, exactly as received
   * @param signatureHeader the provider's signature header ({@code Stripe-Signature}), or null
   * @throws WebhookSignatureException when no configured secret signed it within the tolerance
   */
  VerifiedEvent verify(String payload, String signatureHeader);
}
