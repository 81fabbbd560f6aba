package org.openlicensing.integrations.stripe.standin;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The endpoints of one Stripe resource; empty when the request is not theirs. */
interface Route {
  Optional<StandInResponse> handle(RecordedRequest request);

  /**
   * The path's {@code {id}} segments when method and path match, such as {@code /v1/prices/(\w+)}.
   */
  static Optional<Matcher> match(RecordedRequest request, String method, String pathRegex) {
    if (!request.method().equals(method)) {
      return Optional.empty();
    }
    Matcher matcher = Pattern.compile(pathRegex).matcher(request.path());
    return matcher.matches() ? Optional.of(matcher) : Optional.empty();
  }
}
