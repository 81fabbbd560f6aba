package org.openlicensing.rest.organizations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openlicensing.api.organizations.BulkReport;

/**
 * The report of a bulk operation: how many lines there were, how many were carried out, the count
 * of each outcome, and every line with its outcome.
 */
public record BulkReportJson(
    int total, int applied, Map<String, Integer> counts, List<LineJson> lines) {

  /**
   * One line: its number in the request, what it named, what became of it, the field at fault (left
   * out when none is named) and why.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record LineJson(
      int line,
      String subject,
      String outcome,
      @JsonInclude(JsonInclude.Include.NON_NULL) String field,
      String detail) {}

  public static BulkReportJson of(BulkReport report) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    report.counts().forEach((outcome, count) -> counts.put(outcome.name(), count));
    return new BulkReportJson(
        report.lines().size(),
        report.applied(),
        counts,
        report.lines().stream()
            .map(
                l ->
                    new LineJson(
                        l.line(),
                        l.subject(),
                        l.outcome().name(),
                        l.field().orElse(null),
                        l.detail().orElse(null)))
            .toList());
  }
}
