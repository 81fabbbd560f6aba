package org.openlicensing.rest.problems;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/** Names Java types the way a JSON client thinks of them. */
final class JsonTypes {
  private JsonTypes() {}

  static String describe(Class<?> type) {
    if (type == null) {
      return "of another type";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == UUID.class) {
      return "a UUID string";
    }
    if (type == Instant.class) {
      return "an ISO-8601 time such as 2026-01-31T12:00:00Z";
    }
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    return "an object";
  }

  static String enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Object::toString)
        .collect(Collectors.joining(", "));
  }
}
