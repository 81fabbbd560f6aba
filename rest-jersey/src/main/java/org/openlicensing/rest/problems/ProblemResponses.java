package org.openlicensing.rest.problems;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.rest.RequestIds;

/** Builds problem+json responses, so that every mapper answers in the same shape. */
public final class ProblemResponses {
  private ProblemResponses() {}

  public static Response of(ErrorCode code, String detail, List<FieldError> errors) {
    return builder(code, detail, errors).build();
  }

  public static Response.ResponseBuilder builder(
      ErrorCode code, String detail, List<FieldError> errors) {
    Response.ResponseBuilder response =
        Response.status(code.httpStatus())
            .type(Problem.MEDIA_TYPE)
            .entity(Problem.of(code, detail, errors, RequestIds.current()));
    if (code == ErrorCode.UNAUTHENTICATED || code == ErrorCode.INVALID_CREDENTIALS) {
      response.header("WWW-Authenticate", "Bearer realm=\"openlicensing\"");
    }
    return response;
  }

  /** Aborts a request from a filter with a problem. */
  public static void abort(ContainerRequestContext request, ErrorCode code, String detail) {
    request.abortWith(of(code, detail, List.of()));
  }
}
