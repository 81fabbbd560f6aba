package org.openlicensing.api.organizations;

import java.util.List;
import java.util.Objects;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;

/**
 * An all-or-nothing bulk operation refused its file because some lines are in error: nothing was
 * applied. The report judges every line, the good ones included, so that the file can be mended in
 * one go; {@link #fieldErrors()} names the fields at fault of the first lines in error.
 */
public class BulkRejectedException extends LicensingException {
  private static final long serialVersionUID = 1L;

  /** How many lines in error are also listed as field errors; the report has them all. */
  static final int FIELD_ERRORS = 100;

  private final transient BulkReport report;

  public BulkRejectedException(BulkReport report) {
    super(ErrorCode.BULK_FILE_INVALID, detail(report), fieldErrors(report));
    this.report = Objects.requireNonNull(report, "report");
  }

  public BulkReport report() {
    return report;
  }

  private static String detail(BulkReport report) {
    long failed = report.lines().stream().filter(l -> !l.outcome().applied()).count();
    return failed
        + " of "
        + report.lines().size()
        + " lines are in error, so none was applied; mend them and send the file again";
  }

  private static List<FieldError> fieldErrors(BulkReport report) {
    return report.lines().stream()
        .filter(l -> !l.outcome().applied())
        .limit(FIELD_ERRORS)
        .map(
            l ->
                new FieldError(
                    l.field().orElse("line"),
                    "line "
                        + l.line()
                        + ": "
                        + l.outcome()
                        + l.detail().map(d -> ", " + d).orElse("")))
        .toList();
  }
}
