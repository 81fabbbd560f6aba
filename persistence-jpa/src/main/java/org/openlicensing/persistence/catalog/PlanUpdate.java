package org.openlicensing.persistence.catalog;

import jakarta.persistence.EntityManager;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.persistence.Writes;

/**
 * Replaces a stored plan in SQL: its row's fields, and its prices and entitlements, deleted and
 * inserted again, since a plan's lists are replaced whole. The plan's code and catalog order stay.
 */
final class PlanUpdate {
  private PlanUpdate() {}

  static boolean update(EntityManager em, Plan plan) {
    int updated =
        Writes.update(
            em,
            em.createNativeQuery(
                    "UPDATE plans SET name = ?, description = ?, min_seats = ?, max_seats = ?,"
                        + " trial_days = ?, device_limit = ?, floating = ?, offline_allowed = ?,"
                        + " grace_days = ?, token_lifetime_seconds = ?, kyc_required = ?,"
                        + " price_version = ?, active = ?, concurrency_limit = ?,"
                        + " heartbeat_window_seconds = ?, user_bound = ?, overage = ?,"
                        + " transfer_rule = ? WHERE code = ?")
                .setParameter(1, plan.name())
                .setParameter(2, plan.description())
                .setParameter(3, plan.minSeats())
                .setParameter(4, plan.maxSeats())
                .setParameter(5, plan.trialDays())
                .setParameter(6, plan.policy().deviceLimit())
                .setParameter(7, plan.policy().floating())
                .setParameter(8, plan.policy().offlineAllowed())
                .setParameter(9, plan.policy().graceDays())
                .setParameter(10, plan.policy().tokenLifetime().toSeconds())
                .setParameter(11, plan.kycRequired())
                .setParameter(12, plan.priceVersion())
                .setParameter(13, plan.active())
                .setParameter(14, plan.policy().concurrencyLimit())
                .setParameter(15, plan.policy().heartbeatWindow().toSeconds())
                .setParameter(16, plan.policy().userBound())
                .setParameter(17, plan.policy().overage().name())
                .setParameter(18, plan.policy().transferRule().name())
                .setParameter(19, plan.code()));
    if (updated == 0) {
      return false;
    }
    Writes.update(
        em,
        em.createNativeQuery("DELETE FROM plan_prices WHERE plan_code = ?")
            .setParameter(1, plan.code()));
    Writes.update(
        em,
        em.createNativeQuery("DELETE FROM plan_entitlements WHERE plan_code = ?")
            .setParameter(1, plan.code()));
    PlanInsert.insertPrices(em, plan.code(), plan.prices());
    PlanInsert.insertEntitlements(em, plan);
    return true;
  }
}
