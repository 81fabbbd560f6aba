package org.openlicensing.rest;

import java.util.List;
import java.util.function.Function;
import org.openlicensing.api.Page;

/** Every list answers {@code {"items": [...], "nextCursor": "..." | null}}. */
public record ListJson<T>(List<T> items, String nextCursor) {
  public static <T> ListJson<T> of(List<T> items) {
    return new ListJson<>(List.copyOf(items), null);
  }

  public static <S, T> ListJson<T> of(Page<S> page, Function<S, T> convert) {
    return new ListJson<>(
        page.items().stream().map(convert).toList(), page.nextCursor().orElse(null));
  }
}
