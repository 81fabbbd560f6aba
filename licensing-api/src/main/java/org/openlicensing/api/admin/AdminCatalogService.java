package org.openlicensing.api.admin;

import java.util.List;
import org.openlicensing.api.auth.Caller;
import org.openlicensing.api.auth.ClientInfo;

/**
 * The catalog as platform admins edit it. Every write saves a new version of the plan and is
 * audited. A change of prices raises the plan's price version: new subscriptions and renewals pay
 * the new prices, while a subscription keeps the price it pays until it renews. Callers other than
 * platform ADMINs are FORBIDDEN.
 */
public interface AdminCatalogService {

  /** Every plan, retired ones too, in catalog order, with its current version. */
  List<VersionedPlan> plans(Caller caller);

  /** One plan with its history; NOT_FOUND for an unknown code. */
  PlanDetail plan(Caller caller, String code);

  /** Adds a plan; CONFLICT when its code is taken. Each field at fault is named. */
  PlanDetail create(Caller caller, PlanDraft draft, ClientInfo client);

  /**
   * Replaces every field of the plan with the draft's (the code cannot change). Saving what is
   * already there saves no new version.
   */
  PlanDetail replace(Caller caller, String code, PlanDraft draft, ClientInfo client);
}
