package org.openlicensing.integrations.stripe;

import com.stripe.net.RequestOptions;

/**
 * The {@code Idempotency-Key} of each POST. One call of the port may need several POSTs (product,
 * price, subscription); each gets its own key derived from the caller's, because Stripe refuses a
 * key reused with other parameters, yet a retried call derives the same keys and so repeats none of
 * its effects. GETs carry no key: stripe-java would send it, and Stripe ignores it there.
 */
final class IdempotencyKeys {
  /** Stripe accepts keys up to 255 characters; room is kept for the longest suffix. */
  static final int MAX_CALLER_KEY_LENGTH = 200;

  private static final RequestOptions READ = RequestOptions.builder().build();

  private IdempotencyKeys() {}

  static RequestOptions post(String callerKey) {
    return RequestOptions.builder().setIdempotencyKey(check(callerKey)).build();
  }

  /** For a step of a call, such as {@code <key>:price}. */
  static RequestOptions post(String callerKey, String step) {
    return RequestOptions.builder().setIdempotencyKey(check(callerKey) + ":" + step).build();
  }

  static RequestOptions read() {
    return READ;
  }

  private static String check(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(
          "an idempotency key is required for every write to Stripe");
    }
    if (key.length() > MAX_CALLER_KEY_LENGTH) {
      throw new IllegalArgumentException(
          "idempotency key longer than " + MAX_CALLER_KEY_LENGTH + " characters");
    }
    return key;
  }
}
