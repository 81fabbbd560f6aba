package org.openlicensing.rest.licenses;

import java.util.List;
import org.openlicensing.api.licenses.License;
import org.openlicensing.api.licenses.LicenseView;
import org.openlicensing.rest.csv.CsvCells;

/**
 * A license as a line of the export: the fields of {@link LicenseJson} that are one value each, the
 * assignee flattened, the entitlements joined by spaces (an entitlement holds none). The policy is
 * left out: it is the plan's, and the catalog shows it.
 */
final class LicenseCsv {
  static final List<String> HEADER =
      List.of(
          "id",
          "key",
          "status",
          "plan",
          "expiresAt",
          "maxActivations",
          "activations",
          "assigneeId",
          "assigneeEmail",
          "entitlements",
          "organizationId",
          "subscriptionId",
          "createdAt");

  private LicenseCsv() {}

  static List<String> cells(LicenseView view) {
    License license = view.license();
    return List.of(
        CsvCells.plain(license.id()),
        CsvCells.plain(license.key()),
        CsvCells.plain(license.status()),
        CsvCells.text(license.plan()),
        CsvCells.time(license.expiresAt()),
        CsvCells.plain(license.maxActivations()),
        CsvCells.plain(view.activeActivations()),
        CsvCells.plain(license.assigneeId().orElse(null)),
        CsvCells.text(view.assigneeEmail().orElse(null)),
        CsvCells.text(String.join(" ", license.entitlements().stream().sorted().toList())),
        CsvCells.plain(license.organizationId()),
        CsvCells.plain(license.subscriptionId()),
        CsvCells.time(license.createdAt()));
  }
}
