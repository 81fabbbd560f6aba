package org.openlicensing.api.admin;

import java.util.UUID;
import org.openlicensing.api.Page;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;
import org.openlicensing.api.billing.Subscription;
import org.openlicensing.api.billing.SubscriptionFilter;

/**
 * The subscription overview of platform admins, and the manual actions of support. Every action is
 * audited with the admin's reason.
 */
public interface AdminSubscriptionService {
  int MAX_PAGE_SIZE = 100;

  /** All subscriptions that match, by the end of their current period, soonest first. */
  Page<Subscription> list(Caller caller, SubscriptionFilter filter, String cursor, int limit);

  /** One subscription with its invoices. */
  SubscriptionDetail detail(Caller caller, UUID subscriptionId);

  /** Cancels now, or at the end of the period. */
  Subscription cancel(
      Caller caller, UUID subscriptionId, boolean now, String reason, ClientInfo client);

  /** Moves the end of a trial later by some days. Only a trialing subscription has a trial. */
  Subscription extendTrial(
      Caller caller, UUID subscriptionId, Integer days, String reason, ClientInfo client);

  /**
   * Sets the seats, at once and without charge or credit: support's correction. Never below the
   * licenses assigned, nor outside the plan's bounds.
   */
  Subscription changeSeats(
      Caller caller, UUID subscriptionId, Integer seats, String reason, ClientInfo client);
}
