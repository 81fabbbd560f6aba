package org.openlicensing.rest.problems;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.CharConversionException;
import java.util.List;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;

/**
 * A body that is not the JSON the endpoint takes: 400 naming the field, in words of our own.
 * Jackson's messages name Java types and are not shown to clients.
 */
@Provider
public final class JsonInputExceptionMapper implements ExceptionMapper<JsonProcessingException> {

  @Override
  public Response toResponse(JsonProcessingException e) {
    // Jackson wraps what the body stream throws, such as our size limit, in its own exceptions.
    LicensingException ours = Causes.find(e, LicensingException.class);
    if (ours != null) {
      return ProblemResponses.of(ours.code(), ours.getMessage(), ours.fieldErrors());
    }
    FieldError error = describe(e);
    return ProblemResponses.of(
        ErrorCode.VALIDATION_FAILED, error.field() + " " + error.message(), List.of(error));
  }

  /** The field at fault and what is wrong, in the words problem bodies use. */
  public static FieldError describe(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return new FieldError("body", "exceeds the limits of nesting, number or text length");
    }
    if (e instanceof JsonParseException || e instanceof InputCoercionException) {
      return describeParse(e);
    }
    if (!(e instanceof JsonMappingException mapping)) {
      return new FieldError("body", "is not valid JSON");
    }
    String field = FieldPaths.of(mapping.getPath());
    if (Causes.find(e.getCause(), JsonParseException.class) != null
        || Causes.find(e.getCause(), CharConversionException.class) != null) {
      return new FieldError(field, "is not valid JSON text in UTF-8");
    }
    if (e instanceof UnrecognizedPropertyException) {
      return new FieldError(field, "is not a field of this request");
    }
    if (e instanceof InvalidFormatException invalid) {
      return new FieldError(field, "has an invalid value" + allowed(invalid.getTargetType()));
    }
    if (e instanceof MismatchedInputException mismatch) {
      if (field.equals("body")) {
        return new FieldError("body", "must be a JSON object");
      }
      return new FieldError(field, "must be " + JsonTypes.describe(mismatch.getTargetType()));
    }
    return new FieldError(field, "is not valid");
  }

  private static FieldError describeParse(JsonProcessingException e) {
    if (e instanceof InputCoercionException coercion) {
      return new FieldError(
          FieldPaths.current(coercion), "is out of range for " + coercion.getTargetType());
    }
    var location = e.getLocation();
    String where =
        location == null
            ? ""
            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    return new FieldError("body", "is not valid JSON" + where);
  }

  private static String allowed(Class<?> type) {
    if (type != null && type.isEnum()) {
      return ": one of " + JsonTypes.enumValues(type);
    }
    return type == null ? "" : ": must be " + JsonTypes.describe(type);
  }
}
