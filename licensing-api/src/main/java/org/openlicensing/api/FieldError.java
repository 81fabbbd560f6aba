package org.openlicensing.api;

import java.util.Objects;

/**
 * One rejected input: the field's path as the client sent it (for example {@code seats} or {@code
 * profile.country}) and why it was rejected.
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
