package org.openlicensing.persistence.catalog;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.persistence.Writes;

/**
 * Stores a plan unless its code is taken, in SQL: {@code ON CONFLICT DO NOTHING} waits for a
 * concurrent insert of the same code and then yields to it, where a plain insert would fail the
 * whole transaction. Servers that seed the catalog at the same start-up so both succeed.
 */
final class PlanInsert {
  private PlanInsert() {}

  static boolean insertIfAbsent(EntityManager em, Plan plan) {
    int inserted =
        Writes.update(
            em,
            em.createNativeQuery(
                    "INSERT INTO plans (code, name, description, min_seats, max_seats, trial_days,"
                        + " device_limit, floating, offline_allowed, grace_days,"
                        + " token_lifetime_seconds, kyc_required, price_version, active,"
                        + " concurrency_limit, heartbeat_window_seconds, user_bound, overage,"
                        + " transfer_rule)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .setParameter(1, plan.code())
                .setParameter(2, plan.name())
                .setParameter(3, plan.description())
                .setParameter(4, plan.minSeats())
                .setParameter(5, plan.maxSeats())
                .setParameter(6, plan.trialDays())
                .setParameter(7, plan.policy().deviceLimit())
                .setParameter(8, plan.policy().floating())
                .setParameter(9, plan.policy().offlineAllowed())
                .setParameter(10, plan.policy().graceDays())
                .setParameter(11, plan.policy().tokenLifetime().toSeconds())
                .setParameter(12, plan.kycRequired())
                .setParameter(13, plan.priceVersion())
                .setParameter(14, plan.active())
                .setParameter(15, plan.policy().concurrencyLimit())
                .setParameter(16, plan.policy().heartbeatWindow().toSeconds())
                .setParameter(17, plan.policy().userBound())
                .setParameter(18, plan.policy().overage().name())
                .setParameter(19, plan.policy().transferRule().name()));
    if (inserted == 0) {
      return false;
    }
    insertPrices(em, plan.code(), plan.prices());
    insertEntitlements(em, plan);
    return true;
  }

  static void insertEntitlements(EntityManager em, Plan plan) {
    for (String entitlement : plan.entitlements()) {
      Writes.update(
          em,
          em.createNativeQuery(
                  "INSERT INTO plan_entitlements (plan_code, entitlement) VALUES (?, ?)")
              .setParameter(1, plan.code())
              .setParameter(2, entitlement));
    }
  }

  static void insertPrices(EntityManager em, String code, List<Price> prices) {
    for (int position = 0; position < prices.size(); position++) {
      Price price = prices.get(position);
      Writes.update(
          em,
          em.createNativeQuery(
                  "INSERT INTO plan_prices (plan_code, list_position, billing_period, amount,"
                      + " currency) VALUES (?, ?, ?, ?, ?)")
              .setParameter(1, code)
              .setParameter(2, position)
              .setParameter(3, price.period().name())
              .setParameter(4, price.perSeat().amount())
              .setParameter(5, price.perSeat().currency().getCurrencyCode()));
    }
  }
}
