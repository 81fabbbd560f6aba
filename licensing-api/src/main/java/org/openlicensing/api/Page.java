package org.openlicensing.api;

import java.util.List;
import java.util.Optional;

/** One page of a list and the opaque cursor of the next page, if there is one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {
  public Page {
    items = List.copyOf(items);
    nextCursor = nextCursor == null ? Optional.empty() : nextCursor;
  }

  public static <T> Page<T> of(List<T> items) {
    return new Page<>(items, Optional.empty());
  }
}
