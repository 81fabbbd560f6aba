package org.openlicensing.api.billing;

/**
 * A customer's change of a subscription; each field may be null for "unchanged". More seats and a
 * dearer plan apply at once with a prorated invoice; fewer seats and a cheaper plan wait for the
 * end of the period. A new payment method is used from now on, and pays an open invoice at once.
 *
 * @param seats the number of seats wanted
 * @param plan the code of the plan wanted
 * @param paymentMethod a payment method id of the gateway, such as Stripe's {@code pm_...}
 */
public record SubscriptionChange(Integer seats, String plan, String paymentMethod) {
  public boolean isEmpty() {
    return seats == null && plan == null && paymentMethod == null;
  }
}
