package org.openlicensing.rest.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.openlicensing.api.LicensingException;

/** The library's own errors: the code decides the status, the message is the detail. */
@Provider
public final class LicensingExceptionMapper implements ExceptionMapper<LicensingException> {
  @Override
  public Response toResponse(LicensingException e) {
    return ProblemResponses.of(e.code(), e.getMessage(), e.fieldErrors());
  }
}
