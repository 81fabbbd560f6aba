package org.openlicensing.core.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.Page;

/**
 * Opaque page cursors: the values of the last row shown, joined and base64url-encoded, so that the
 * next page starts after that row whatever was added meanwhile. Clients must not read them.
 */
public final class Cursors {
  private static final String SEPARATOR = "|";

  private Cursors() {}

  public static String encode(String... parts) {
    String raw = String.join(SEPARATOR, parts);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor's parts; a cursor of another shape is a VALIDATION_FAILED on {@code cursor}. */
  public static List<String> decode(String cursor, int parts) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      List<String> values = List.of(raw.split("\\" + SEPARATOR, -1));
      if (values.size() != parts) {
        throw invalid();
      }
      return values;
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  public static String encodeId(UUID id) {
    return encode(id.toString());
  }

  /** The id in a cursor, or null for no cursor (the first page). */
  public static UUID decodeId(String cursor) {
    if (cursor == null) {
      return null;
    }
    try {
      return UUID.fromString(decode(cursor, 1).get(0));
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
  }

  /**
   * The page of a keyset query that fetched one row more than {@code limit}: that extra row only
   * tells that there is a next page, whose cursor is made from the last row shown.
   */
  public static <T> Page<T> page(List<T> rows, int limit, Function<T, String> cursorOf) {
    if (rows.size() <= limit) {
      return Page.of(rows);
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, Optional.of(cursorOf.apply(items.get(limit - 1))));
  }

  /** Checks a page size: VALIDATION_FAILED on {@code limit} outside 1 to max. */
  public static void requireLimit(int limit, int max) {
    if (limit < 1 || limit > max) {
      throw LicensingException.invalid("limit", "must be between 1 and " + max);
    }
  }

  public static LicensingException invalid() {
    return LicensingException.invalid("cursor", "is not a cursor of this list");
  }
}
