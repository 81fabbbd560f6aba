package org.openlicensing.rest.problems;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.rest.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything else is our fault: logged with its stack trace, answered with a bare 500 problem that
 * carries the request id and nothing of the exception.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

  @Override
  public Response toResponse(Throwable e) {
    // Jersey wraps what readers throw in ProcessingException; ours keep their meaning.
    LicensingException ours = Causes.find(e, LicensingException.class);
    if (ours != null) {
      return ProblemResponses.of(ours.code(), ours.getMessage(), ours.fieldErrors());
    }
    LOG.error("Unexpected error in request {}", RequestIds.current(), e);
    return ProblemResponses.of(
        ErrorCode.INTERNAL_ERROR,
        "an unexpected error occurred; quote the request id to support",
        List.of());
  }
}
