package org.openlicensing.rest.problems;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/**
 * Writes Jackson's path to a value as clients name it: {@code profile.country}, {@code items[2]}.
 */
final class FieldPaths {
  private FieldPaths() {}

  static String of(List<JsonMappingException.Reference> path) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      }
    }
    return out.length() == 0 ? "body" : out.toString();
  }

  /** The field the parser stood on when a number did not fit its type. */
  static String current(InputCoercionException e) {
    JsonParser parser = e.getProcessor();
    if (parser != null) {
      JsonStreamContext context = parser.getParsingContext();
      if (context != null && context.getCurrentName() != null) {
        return context.getCurrentName();
      }
    }
    return "body";
  }
}
