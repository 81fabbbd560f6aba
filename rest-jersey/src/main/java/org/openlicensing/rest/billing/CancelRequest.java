package org.openlicensing.rest.billing;

/**
 * The optional body of a cancellation: {@code {"atPeriodEnd": false}} ends the subscription now;
 * without a body, or with true, it ends with its current period.
 */
public record CancelRequest(Boolean atPeriodEnd) {
  boolean now() {
    return Boolean.FALSE.equals(atPeriodEnd);
  }
}
