package org.openlicensing.api.billing;

import java.util.Objects;

/**
 * A started setup of a payment method, for the browser: Stripe.js confirms it with the client
 * secret and collects the card there, so that card numbers never reach the server. The payment
 * method it creates ({@code pm_...}) is then named when subscribing.
 *
 * @param id the payment service's id of the setup, such as Stripe's {@code seti_...}
 * @param clientSecret the secret Stripe.js needs; give it only to the organization's own client
 * @param status the payment service's status, such as {@code requires_payment_method}
 */
public record PaymentMethodSetup(String id, String clientSecret, String status) {
  public PaymentMethodSetup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(status, "status");
  }
}
