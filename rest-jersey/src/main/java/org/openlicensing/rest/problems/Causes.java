package org.openlicensing.rest.problems;

/** Looks for an exception of a kind in a chain of causes. */
final class Causes {
  private static final int MAX_DEPTH = 16;

  private Causes() {}

  static <T extends Throwable> T find(Throwable start, Class<T> kind) {
    Throwable current = start;
    for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
      if (kind.isInstance(current)) {
        return kind.cast(current);
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return null;
  }
}
