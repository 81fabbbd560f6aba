package org.openlicensing.core.billing.provider;

import java.util.Objects;

/**
 * A started setup of a payment method (Stripe: a SetupIntent). The client secret goes to the
 * browser, where Stripe.js collects the card; card numbers never reach this server.
 */
public record PaymentSetup(String id, String clientSecret, String status) {
  public PaymentSetup {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(clientSecret, "clientSecret");
    Objects.requireNonNull(status, "status");
  }
}
