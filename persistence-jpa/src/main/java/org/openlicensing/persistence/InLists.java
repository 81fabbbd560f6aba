package org.openlicensing.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Splits the values of an {@code IN (...)} list into parts a statement can take: each value is a
 * bind parameter, and a PostgreSQL statement takes at most 65,535 of them. Repeated values are
 * dropped, so that a value found in one part is not found again in another.
 */
public final class InLists {
  /** Values per statement: one round trip for a thousand, well within every limit. */
  public static final int SIZE = 1_000;

  private InLists() {}

  public static <T> List<List<T>> of(Collection<T> values) {
    List<T> distinct = new ArrayList<>(new LinkedHashSet<>(values));
    List<List<T>> parts = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += SIZE) {
      parts.add(distinct.subList(from, Math.min(from + SIZE, distinct.size())));
    }
    return parts;
  }
}
