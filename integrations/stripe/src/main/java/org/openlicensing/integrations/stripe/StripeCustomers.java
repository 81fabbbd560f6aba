package org.openlicensing.integrations.stripe;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.PaymentMethod;
import com.stripe.model.SetupIntent;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.CustomerUpdateParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.SetupIntentCreateParams;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openlicensing.core.billing.provider.PaymentSetup;
import org.openlicensing.core.billing.provider.ProviderCustomerDetails;

/** One Stripe customer per organization, and its payment method for off-session charges. */
final class StripeCustomers {
  static final String ORGANIZATION_ID = "organization_id";

  private final StripeClient stripe;

  StripeCustomers(StripeClient stripe) {
    this.stripe = stripe;
  }

  String create(ProviderCustomerDetails details, String idempotencyKey) throws StripeException {
    Map<String, String> metadata = new HashMap<>(details.metadata());
    metadata.put(ORGANIZATION_ID, details.organizationId().toString());
    CustomerCreateParams.Builder params =
        CustomerCreateParams.builder().setName(details.name()).putAllMetadata(metadata);
    details.email().ifPresent(params::setEmail);
    details
        .country()
        .ifPresent(
            country ->
                params.setAddress(
                    CustomerCreateParams.Address.builder()
                        .setCountry(country.toUpperCase(Locale.ROOT))
                        .build()));
    return stripe
        .v1()
        .customers()
        .create(params.build(), IdempotencyKeys.post(idempotencyKey))
        .getId();
  }

  /**
   * A SetupIntent for later off-session payments by the customer's subscriptions; Stripe.js
   * confirms it in the browser with the client secret, so card numbers never reach this server.
   */
  PaymentSetup setUp(String customerId, String idempotencyKey) throws StripeException {
    SetupIntentCreateParams params =
        SetupIntentCreateParams.builder()
            .setCustomer(customerId)
            .setUsage(SetupIntentCreateParams.Usage.OFF_SESSION)
            .setAutomaticPaymentMethods(
                SetupIntentCreateParams.AutomaticPaymentMethods.builder().setEnabled(true).build())
            .build();
    SetupIntent intent =
        stripe.v1().setupIntents().create(params, IdempotencyKeys.post(idempotencyKey));
    return new PaymentSetup(intent.getId(), intent.getClientSecret(), intent.getStatus());
  }

  /**
   * Attaches the method unless a completed SetupIntent already did, then makes it the default of
   * the customer's invoices. Returns the attached method's id: attaching one of Stripe's test
   * tokens, such as {@code pm_card_visa}, makes a new PaymentMethod with an id of its own.
   */
  String useDefault(String customerId, String paymentMethodId, String idempotencyKey)
      throws StripeException {
    PaymentMethod method =
        stripe.v1().paymentMethods().retrieve(paymentMethodId, IdempotencyKeys.read());
    if (!customerId.equals(method.getCustomer())) {
      method =
          stripe
              .v1()
              .paymentMethods()
              .attach(
                  paymentMethodId,
                  PaymentMethodAttachParams.builder().setCustomer(customerId).build(),
                  IdempotencyKeys.post(idempotencyKey, "attach"));
    }
    CustomerUpdateParams params =
        CustomerUpdateParams.builder()
            .setInvoiceSettings(
                CustomerUpdateParams.InvoiceSettings.builder()
                    .setDefaultPaymentMethod(method.getId())
                    .build())
            .build();
    stripe.v1().customers().update(customerId, params, IdempotencyKeys.post(idempotencyKey));
    return method.getId();
  }
}
