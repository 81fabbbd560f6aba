package org.openlicensing.api;

import java.util.List;
import java.util.Objects;

/** The one exception the library throws for every expected failure; its code says which. */
public class LicensingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final transient List<FieldError> fieldErrors;

  public LicensingException(ErrorCode code, String detail) {
    this(code, detail, List.of());
  }

  public LicensingException(ErrorCode code, String detail, List<FieldError> fieldErrors) {
    super(detail);
    this.code = Objects.requireNonNull(code, "code");
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  public static LicensingException invalid(String field, String message) {
    return new LicensingException(
        ErrorCode.VALIDATION_FAILED,
        field + ": " + message,
        List.of(new FieldError(field, message)));
  }

  public static LicensingException notFound(String what) {
    return new LicensingException(ErrorCode.NOT_FOUND, what + " not found");
  }

  public ErrorCode code() {
    return code;
  }

  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
