package org.openlicensing.core.usage;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.usage.Quota;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quotas a license's entitlements grant. A malformed {@code quota:} entitlement that reached a
 * license grants nothing rather than failing every report of usage; it is logged, once, for the
 * operator to mend the plan.
 */
final class LicenseQuotas {
  private static final Logger LOG = LoggerFactory.getLogger(LicenseQuotas.class);
  private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

  private LicenseQuotas() {}

  /** Every quota of the license, ordered by entitlement. */
  static List<Quota> of(License license) {
    return license.entitlements().stream().sorted().flatMap(LicenseQuotas::parsed).toList();
  }

  /** The license's quotas on one metric. */
  static List<Quota> on(License license, String metric) {
    return of(license).stream().filter(q -> q.metric().equals(metric)).toList();
  }

  /**
   * The license's quotas that a validation's scope names, by metric or by the whole entitlement;
   * every quota for an empty scope.
   */
  static List<Quota> named(License license, Collection<String> scope) {
    return of(license).stream()
        .filter(
            q -> scope.isEmpty() || scope.contains(q.metric()) || scope.contains(q.entitlement()))
        .toList();
  }

  private static Stream<Quota> parsed(String entitlement) {
    try {
      return Quota.parse(entitlement).stream();
    } catch (IllegalArgumentException malformed) {
      if (REPORTED.add(entitlement)) {
        LOG.warn("Entitlement ignored, it grants no quota: {}", malformed.getMessage());
      }
      return Stream.empty();
    }
  }
}
