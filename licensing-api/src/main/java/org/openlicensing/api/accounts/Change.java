package org.openlicensing.api.accounts;

/**
 * One field of a partial update: a null {@code Change} leaves the field alone, a {@code Change}
 * holding null clears it, any other sets it.
 */
public record Change<T>(T value) {
  public static <T> Change<T> to(T value) {
    return new Change<>(value);
  }

  public static <T> Change<T> cleared() {
    return new Change<>(null);
  }
}
