package org.openlicensing.rest.problems;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.glassfish.jersey.server.ParamException;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;

/**
 * Errors Jersey raises itself (no such path, method not allowed, unsupported media type, a query
 * parameter of the wrong type), in the same problem shape as ours; headers such as {@code Allow}
 * are kept.
 */
@Provider
public final class WebApplicationExceptionMapper
    implements ExceptionMapper<WebApplicationException> {

  @Override
  public Response toResponse(WebApplicationException e) {
    if (e instanceof ParamException param && !(e instanceof ParamException.PathParamException)) {
      String field = param.getParameterName();
      return ProblemResponses.of(
          ErrorCode.VALIDATION_FAILED,
          field + " has a value of the wrong type",
          List.of(new FieldError(field, "has a value of the wrong type")));
    }
    int status = e.getResponse().getStatus();
    ErrorCode code = HttpStatuses.codeFor(status);
    Response.ResponseBuilder response = ProblemResponses.builder(code, detailFor(code), List.of());
    e.getResponse()
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(value -> response.header(name, value));
              }
            });
    return response.build();
  }

  private static String detailFor(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> "no resource at this path";
      case UNSUPPORTED_MEDIA_TYPE -> "send the body as application/json";
      case NOT_ACCEPTABLE -> "this resource answers in application/json";
      default -> code.title();
    };
  }
}
