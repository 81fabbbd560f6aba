package org.openlicensing.server.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A catalog file with one metered plan, as an operator writes quotas into entitlements: {@code
 * quota:<metric>:<limit>:<day|month|period>}; {@code api_calls} has no quota.
 */
final class MeteredCatalog {
  static final String PLAN = "metered";

  private static final String CATALOG =
      """
      {"version": 1, "plans": [{
        "code": "metered", "name": "Metered", "description": "Exports are metered.",
        "prices": [{"period": "MONTHLY", "currency": "EUR", "amount": 1500}],
        "minSeats": 1, "maxSeats": 10, "trialDays": 0,
        "entitlements": ["core", "quota:exports:3:day", "quota:exports:50:period"],
        "policy": {"deviceLimit": 3, "floating": false, "offlineAllowed": true,
                   "graceDays": 3, "tokenLifetimeDays": 7},
        "kycRequired": false, "active": true}]}
      """;

  private MeteredCatalog() {}

  /** The catalog, written to a new temporary file. */
  static Path file() {
    try {
      Path file = Files.createTempFile("metered-catalog-", ".json");
      Files.writeString(file, CATALOG);
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
