package org.openlicensing.rest.limits;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.LicensingException;
import org.openlicensing.rest.problems.ProblemResponses;

/**
 * Refuses request bodies above a limit with 413 before they are read: by their declared
 * Content-Length, and, for chunked bodies, by counting while they are read. The limit is the
 * server's, or an endpoint's {@link LargeBody} if larger; so the filter runs once the request is
 * matched to its endpoint, and a body sent to no endpoint is never read.
 */
@Priority(Priorities.AUTHENTICATION - 50)
public final class BodySizeLimit implements ContainerRequestFilter {
  public static final int DEFAULT_LIMIT_BYTES = 64 * 1024;

  private final int serverLimitBytes;
  @Context private ResourceInfo endpoint;

  public BodySizeLimit(int limitBytes) {
    this.serverLimitBytes = limitBytes;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    int limitBytes = limitFor(endpoint == null ? null : endpoint.getResourceMethod());
    int declared = request.getLength();
    if (declared > limitBytes) {
      ProblemResponses.abort(request, ErrorCode.PAYLOAD_TOO_LARGE, tooLarge(limitBytes));
      return;
    }
    if (request.hasEntity()) {
      request.setEntityStream(new LimitedStream(request.getEntityStream(), limitBytes));
    }
  }

  private int limitFor(Method method) {
    LargeBody large = method == null ? null : method.getAnnotation(LargeBody.class);
    return large == null ? serverLimitBytes : Math.max(serverLimitBytes, large.bytes());
  }

  private static String tooLarge(long limitBytes) {
    return "the body must be at most " + limitBytes + " bytes";
  }

  private static final class LimitedStream extends FilterInputStream {
    private final long limit;
    private long remaining;

    LimitedStream(InputStream in, long limit) {
      super(in);
      this.limit = limit;
      this.remaining = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      remaining -= n;
      if (remaining < 0) {
        throw new LicensingException(ErrorCode.PAYLOAD_TOO_LARGE, tooLarge(limit));
      }
    }
  }
}
