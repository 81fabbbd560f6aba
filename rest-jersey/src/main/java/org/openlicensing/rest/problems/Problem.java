package org.openlicensing.rest.problems;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;

/**
 * An RFC 9457 problem detail, with the library's stable {@code code}, the fields at fault, and the
 * request id to quote to support.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String code,
    List<FieldError> errors,
    String requestId) {

  public static final String MEDIA_TYPE = "application/problem+json";

  public static Problem of(
      ErrorCode code, String detail, List<FieldError> errors, String requestId) {
    return new Problem(
        typeOf(code),
        code.title(),
        code.httpStatus(),
        detail,
        code.code(),
        errors == null || errors.isEmpty() ? null : List.copyOf(errors),
        requestId);
  }

  /** A URN per code: it names the problem type without promising a page to fetch. */
  static String typeOf(ErrorCode code) {
    return "urn:openlicensing:problem:" + code.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
