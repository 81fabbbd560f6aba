package org.openlicensing.core.persistence;

/**
 * A write broke a uniqueness rule of the store, typically because a concurrent request wrote the
 * same thing first. The transaction is rolled back.
 */
public class DuplicateKeyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DuplicateKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
