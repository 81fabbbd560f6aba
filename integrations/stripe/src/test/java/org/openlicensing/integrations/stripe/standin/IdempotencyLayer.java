package org.openlicensing.integrations.stripe.standin;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Stripe's idempotency, as documented: the first result of a POST with a given Idempotency-Key is
 * saved, whatever it was, and a later POST with that key and the same parameters gets it again
 * without a second effect; the same key with other parameters is an idempotency_error.
 */
final class IdempotencyLayer {
  private record Saved(String fingerprint, StandInResponse response) {}

  private final Map<String, Saved> saved = new HashMap<>();

  synchronized StandInResponse answer(RecordedRequest request, Supplier<StandInResponse> execute) {
    String key = request.header("Idempotency-Key").orElse(null);
    if (!request.isPost() || key == null) {
      return execute.get();
    }
    String fingerprint = request.method() + " " + request.path() + " " + request.params();
    Saved earlier = saved.get(key);
    if (earlier != null) {
      if (!earlier.fingerprint().equals(fingerprint)) {
        return StandInResponse.error(
            400,
            "idempotency_error",
            null,
            null,
            null,
            "Keys for idempotent requests can only be used with the same parameters they were first used with.");
      }
      return earlier.response().withHeader("Idempotent-Replayed", "true");
    }
    StandInResponse response = execute.get();
    saved.put(key, new Saved(fingerprint, response));
    return response;
  }
}
