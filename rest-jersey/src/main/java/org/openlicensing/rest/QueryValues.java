package org.openlicensing.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import org.openlicensing.core.support.FieldChecks;

/**
 * Values of query strings, which arrive as text and are parsed here, so that a bad one is a 400
 * naming its parameter rather than Jersey's bare 404. A blank value is no value.
 */
public final class QueryValues {
  private QueryValues() {}

  public static Integer number(FieldChecks checks, String field, String value) {
    return parsed(
        checks,
        field,
        value,
        text -> {
          try {
            return Integer.parseInt(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a whole number");
          }
        });
  }

  public static UUID uuid(FieldChecks checks, String field, String value) {
    return parsed(
        checks,
        field,
        value,
        text -> {
          try {
            return UUID.fromString(text);
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("is not an id");
          }
        });
  }

  public static Instant instant(FieldChecks checks, String field, String value) {
    return parsed(
        checks,
        field,
        value,
        text -> {
          try {
            return Instant.parse(text);
          } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                "is not an instant in ISO 8601, such as 2026-01-31T12:00:00Z");
          }
        });
  }

  /** One of an enum's constants, by its exact name. */
  public static <E extends Enum<E>> E constant(
      FieldChecks checks, String field, String value, Class<E> type) {
    return parsed(
        checks,
        field,
        value,
        text -> {
          for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
              return constant;
            }
          }
          throw new IllegalArgumentException("is not one of the " + type.getSimpleName() + "s");
        });
  }

  private static <T> T parsed(
      FieldChecks checks, String field, String value, Function<String, T> parser) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return checks.parse(field, value.strip(), parser);
  }
}
