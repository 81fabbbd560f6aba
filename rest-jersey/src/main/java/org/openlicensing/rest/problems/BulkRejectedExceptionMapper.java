package org.openlicensing.rest.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.organizations.BulkRejectedException;
import org.openlicensing.rest.RequestIds;
import org.openlicensing.rest.organizations.BulkReportJson;

/**
 * A bulk file refused because some of its lines are in error: the problem carries, as extension
 * members, the report of every line, so that the client can mend the file at once. Jersey picks
 * this mapper over the one for every library error, as its exception is the closer type.
 */
@Provider
public final class BulkRejectedExceptionMapper implements ExceptionMapper<BulkRejectedException> {

  /** The problem of {@link Problem}, with the lines of the report. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BulkProblem(
      String type,
      String title,
      int status,
      String detail,
      String code,
      List<FieldError> errors,
      String requestId,
      int total,
      int applied,
      Map<String, Integer> counts,
      List<BulkReportJson.LineJson> lines) {}

  @Override
  public Response toResponse(BulkRejectedException e) {
    Problem problem = Problem.of(e.code(), e.getMessage(), e.fieldErrors(), RequestIds.current());
    BulkReportJson report = BulkReportJson.of(e.report());
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE)
        .entity(
            new BulkProblem(
                problem.type(),
                problem.title(),
                problem.status(),
                problem.detail(),
                problem.code(),
                problem.errors(),
                problem.requestId(),
                report.total(),
                0,
                report.counts(),
                report.lines()))
        .build();
  }
}
