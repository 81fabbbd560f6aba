package org.openlicensing.rest.licenses;

import java.util.List;
import org.openlicensing.api.licenses.Activation;
import org.openlicensing.rest.csv.CsvCells;

/**
 * An active device as a line of the export: the fields of {@link ActivationJson} but the token,
 * which the device alone receives and the server does not keep. Name, platform and fingerprint are
 * the device's own text, so they are made safe for spreadsheets.
 */
final class ActivationCsv {
  static final List<String> HEADER =
      List.of(
          "id",
          "licenseId",
          "fingerprint",
          "name",
          "platform",
          "createdAt",
          "lastSeenAt",
          "leaseExpiresAt");

  private ActivationCsv() {}

  static List<String> cells(Activation activation) {
    return List.of(
        CsvCells.plain(activation.id()),
        CsvCells.plain(activation.licenseId()),
        CsvCells.text(activation.fingerprint()),
        CsvCells.text(activation.name().orElse(null)),
        CsvCells.text(activation.platform().orElse(null)),
        CsvCells.time(activation.createdAt()),
        CsvCells.time(activation.lastSeenAt()),
        CsvCells.time(activation.leaseExpiresAt().orElse(null)));
  }
}
