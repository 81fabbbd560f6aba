package org.openlicensing.rest.problems;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.RateLimitedException;

/** The library's own errors: the code decides the status, the message is the detail. */
@Provider
public final class LicensingExceptionMapper implements ExceptionMapper<LicensingException> {
  @Override
  public Response toResponse(LicensingException e) {
    Response.ResponseBuilder response =
        ProblemResponses.builder(e.code(), e.getMessage(), e.fieldErrors());
    if (e instanceof RateLimitedException limited) {
      response.header(HttpHeaders.RETRY_AFTER, Long.toString(limited.retryAfter().toSeconds()));
    }
    return response.build();
  }
}
