package org.openlicensing.api.licenses;

import java.util.function.Consumer;

/**
 * Rows to export, handed out one by one in a stable order. The rows are read a page at a time, each
 * page in a short transaction of its own, so that a slow reader neither holds a database connection
 * nor makes the library hold every row in memory; a row changed during the export may therefore
 * show as it was before or after the change.
 */
@FunctionalInterface
public interface Export<T> {

  /** Hands every row to {@code row}, in order; runs the queries as it goes. */
  void forEach(Consumer<? super T> row);
}
