package org.openlicensing.core.billing.provider;

import java.util.List;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the payment service's refusals mean to the library's clients: a declined card is 402
 * PAYMENT_FAILED, a payment that needs the customer (3-D Secure) 402 PAYMENT_ACTION_REQUIRED, a
 * payment method the service does not take 400 naming {@code paymentMethod}, and a service that
 * cannot be reached, or refused what the library sent, 503.
 */
final class ProviderFailures {
  private static final Logger LOG = LoggerFactory.getLogger(ProviderFailures.class);

  private ProviderFailures() {}

  /** For a call that names the client's payment method: any refusal of the request is about it. */
  static LicensingException aboutPaymentMethod(ProviderException e) {
    if (e.kind() == ProviderException.Kind.INVALID_REQUEST
        || e.kind() == ProviderException.Kind.NOT_FOUND) {
      return paymentMethod("cannot be used: " + e.getMessage());
    }
    return of(e);
  }

  static LicensingException of(ProviderException e) {
    return switch (e.kind()) {
      case CARD_DECLINED ->
          new LicensingException(
              ErrorCode.PAYMENT_FAILED,
              "the payment was declined ("
                  + e.declineCode().orElse("card_declined")
                  + "); nothing was bought or changed");
      case ACTION_REQUIRED ->
          new LicensingException(
              ErrorCode.PAYMENT_ACTION_REQUIRED,
              "the card needs the customer's confirmation (such as 3-D Secure); confirm it with"
                  + " Stripe.js through a payment method setup and try again");
      case INVALID_REQUEST, NOT_FOUND -> {
        if (e.param().map(p -> p.contains("payment_method")).orElse(false)) {
          yield paymentMethod("cannot be used: " + e.getMessage());
        }
        LOG.error("The payment service refused a request of the library", e);
        yield unavailable();
      }
      case UNAVAILABLE -> {
        LOG.warn("The payment service is unavailable: {}", e.getMessage());
        yield unavailable();
      }
    };
  }

  private static LicensingException paymentMethod(String message) {
    return new LicensingException(
        ErrorCode.VALIDATION_FAILED,
        "paymentMethod: " + message,
        List.of(new FieldError("paymentMethod", message)));
  }

  private static LicensingException unavailable() {
    return new LicensingException(
        ErrorCode.SERVICE_UNAVAILABLE,
        "the payment service cannot be reached or refused the request; try again later");
  }
}
