package org.openlicensing.integrations.stripe;

import com.stripe.exception.StripeException;
import org.openlicensing.core.billing.provider.ProviderException;

/** A call to Stripe whose failure becomes the port's {@link ProviderException}. */
@FunctionalInterface
interface StripeCall<T> {
  T call() throws StripeException;

  static <T> T run(StripeCall<T> call) {
    try {
      return call.call();
    } catch (StripeException e) {
      throw StripeErrorMapper.map(e);
    }
  }
}
