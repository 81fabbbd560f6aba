package org.openlicensing.api.billing;

import java.util.UUID;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/** Collecting an organization's payment method in the browser, when a payment service runs. */
public interface PaymentMethodService {

  /**
   * Starts the setup of a payment method for the organization's subscriptions, making the
   * organization a customer of the payment service first if it is none yet. The callers who manage
   * the organization's billing; members are FORBIDDEN, anyone else NOT_FOUND. Without a payment
   * service (the built-in sandbox), there is nothing to set up: CONFLICT, and the sandbox takes
   * Stripe's test PaymentMethod ids such as {@code pm_card_visa} directly.
   *
   * @param idempotencyKey the client's key for safe retries, or null
   */
  PaymentMethodSetup setUp(
      Caller caller, UUID organizationId, String idempotencyKey, ClientInfo client);
}
