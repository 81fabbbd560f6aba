package org.openlicensing.benchmarks.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseStatus;
import org.openlicensing.core.catalog.DemoCatalog;
import org.openlicensing.core.licenses.LicenseKeys;
import org.openlicensing.core.support.Ids;

/**
 * The domain objects the benchmarks work on, shaped as the demo catalog's enterprise plan makes.
 */
public final class Fixtures {
  public static final String ENTERPRISE = "enterprise";

  private Fixtures() {}

  public static Plan enterprisePlan() {
    return DemoCatalog.plans().stream()
        .filter(plan -> plan.code().equals(ENTERPRISE))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("the demo catalog has no enterprise plan"));
  }

  /** An active enterprise license, valid for a year, of a subscription that is not stored. */
  public static License enterpriseLicense() {
    Plan plan = enterprisePlan();
    Instant now = Instant.now();
    return new License(
        Ids.newId(Clock.systemUTC()),
        new LicenseKeys().next(),
        Ids.newId(Clock.systemUTC()),
        Ids.newId(Clock.systemUTC()),
        plan.code(),
        LicenseStatus.ACTIVE,
        now.plus(Duration.ofDays(365)),
        plan.policy(),
        plan.entitlements(),
        Optional.empty(),
        now);
  }

  public static Activation activation(License license, String fingerprint) {
    Instant now = Instant.now();
    return new Activation(
        Ids.newId(Clock.systemUTC()),
        license.id(),
        fingerprint,
        Optional.of("Build server 7"),
        Optional.of("linux-x86_64"),
        now,
        now);
  }
}
