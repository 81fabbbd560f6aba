package org.openlicensing.server.jobs;

import java.time.Duration;
import java.util.List;
import org.openlicensing.core.Licensing;
import org.openlicensing.server.config.ServerConfig;

/**
 * Every recurring job of the reference server, in one list: add a job here. Each runs on one server
 * of the cluster at a time; a run cut short by a crash is run again, so the work must be safe to
 * repeat.
 */
public final class ServerJobs {
  /**
   * Leases last five minutes; looking every minute releases a crashed worker's events soon after.
   */
  static final Duration RECLAIM_INTERVAL = Duration.ofMinutes(1);

  /**
   * Floating leases live for minutes; culling every minute keeps the stored leases close to the
   * live ones (validation judges a lease by its expiry, culled or not).
   */
  static final Duration LEASE_CULL_INTERVAL = Duration.ofMinutes(1);

  private ServerJobs() {}

  public static List<RecurringJob> of(Licensing licensing, ServerConfig config) {
    return List.of(
        new RecurringJob(
            "webhook-inbox-process",
            config.webhooks().processInterval(),
            () -> licensing.webhooks().processor().processAllDue()),
        new RecurringJob(
            "webhook-inbox-reclaim",
            RECLAIM_INTERVAL,
            () -> licensing.webhooks().reclaimer().reclaimExpired()),
        new RecurringJob(
            "billing-renewals",
            config.billing().jobInterval(),
            () -> licensing.billing().renewDue()),
        new RecurringJob(
            "billing-collection",
            config.billing().jobInterval(),
            () -> licensing.billing().collectDue()),
        // Stripe mode: recorded usage to Stripe Billing meters; a no-op in sandbox mode.
        new RecurringJob(
            "usage-meter-events",
            config.billing().jobInterval(),
            () -> licensing.meterEvents().deliverAllDue()),
        new RecurringJob(
            "license-lapses", config.billing().jobInterval(), () -> licensing.billing().lapseDue()),
        new RecurringJob(
            "lease-culling", LEASE_CULL_INTERVAL, () -> licensing.leaseCulling().runDue()),
        new RecurringJob(
            "signing-keys-reload", Duration.ofMinutes(1), () -> licensing.keys().reload()),
        new RecurringJob(
            "expiry-reminders",
            config.billing().jobInterval(),
            () -> licensing.billing().remindDue()));
  }
}
