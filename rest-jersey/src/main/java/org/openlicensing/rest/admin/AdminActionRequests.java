package org.openlicensing.rest.admin;

/** The bodies of support's actions on subscriptions and invoices; each carries its reason. */
final class AdminActionRequests {
  private AdminActionRequests() {}

  /** {@code atPeriodEnd} false ends the subscription now. */
  record Cancel(Boolean atPeriodEnd, String reason) {}

  record TrialExtension(Integer days, String reason) {}

  record Seats(Integer seats, String reason) {}

  /** {@code amount} in minor units of the invoice's currency. */
  record Refund(Long amount, String reason) {}
}
