package org.openlicensing.core.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.openlicensing.api.ErrorCode;
import org.openlicensing.api.FieldError;
import org.openlicensing.api.LicensingException;

/**
 * Collects what is wrong with a request, field by field, so that one answer names every field at
 * fault. Call the checks, then {@link #throwIfAny()}.
 */
public final class FieldChecks {
  private final List<FieldError> errors = new ArrayList<>();

  /** A required text: present, not blank, at most {@code maxLength} characters; stripped. */
  public String text(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return reject(field, "is required");
    }
    String stripped = value.strip();
    if (stripped.length() > maxLength) {
      return reject(field, "must be at most " + maxLength + " characters");
    }
    if (hasControlCharacters(stripped)) {
      return reject(field, "must not contain control characters");
    }
    return stripped;
  }

  /** An optional text: null or blank become null, otherwise checked like {@link #text}. */
  public String optionalText(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return text(field, value, maxLength);
  }

  /** A required whole number within bounds. */
  public int number(String field, Integer value, int min, int max) {
    if (value == null) {
      reject(field, "is required");
      return 0;
    }
    if (value < min || value > max) {
      reject(field, "must be between " + min + " and " + max);
    }
    return value;
  }

  /** A required value of any type. */
  public <T> T required(String field, T value) {
    if (value == null) {
      return reject(field, "is required");
    }
    return value;
  }

  /**
   * Parses a value with a value object's constructor or factory; its IllegalArgumentException
   * message becomes the field's error.
   */
  public <T> T parse(String field, String value, Function<String, T> parser) {
    if (value == null) {
      return reject(field, "is required");
    }
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      return reject(field, e.getMessage());
    }
  }

  public <T> T reject(String field, String message) {
    errors.add(new FieldError(field, message));
    return null;
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  public void throwIfAny() {
    if (errors.isEmpty()) {
      return;
    }
    StringBuilder detail = new StringBuilder();
    for (FieldError error : errors) {
      detail.append(detail.length() == 0 ? "" : "; ");
      detail.append(error.field()).append(' ').append(error.message());
    }
    throw new LicensingException(ErrorCode.VALIDATION_FAILED, detail.toString(), errors);
  }

  private static boolean hasControlCharacters(String value) {
    return value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\t');
  }
}
