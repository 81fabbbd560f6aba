package org.openlicensing.core.catalog;

/**
 * A catalog file that cannot be read or applied. Its message is one line that names the file and
 * every field at fault, for a server to stop with at start-up.
 */
public class CatalogFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CatalogFileException(String message) {
    super(message);
  }
}
