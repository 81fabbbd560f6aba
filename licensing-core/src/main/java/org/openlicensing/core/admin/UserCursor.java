package org.openlicensing.core.admin;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;
import org.openlicensing.api.LicensingException;
import org.openlicensing.api.accounts.Account;
import org.openlicensing.api.admin.UserSort;

/**
 * The opaque cursor of the user overview: the sort value and the id of the last row shown, so that
 * the next page starts after it whatever was added meanwhile.
 */
record UserCursor(Object value, UUID id) {

  static UserCursor after(Account last, UserSort sort) {
    Object value =
        switch (sort) {
          case CREATED_AT -> last.createdAt();
          case EMAIL -> last.email();
          case NAME -> last.name().toLowerCase(Locale.ROOT);
        };
    return new UserCursor(value, last.id());
  }

  String encode(UserSort sort) {
    String raw = sort.name() + "|" + value + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  static UserCursor decode(String cursor, UserSort sort) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int first = raw.indexOf('|');
      int last = raw.lastIndexOf('|');
      if (first < 0 || last <= first || !raw.substring(0, first).equals(sort.name())) {
        throw invalid();
      }
      String value = raw.substring(first + 1, last);
      UUID id = UUID.fromString(raw.substring(last + 1));
      return new UserCursor(sort == UserSort.CREATED_AT ? Instant.parse(value) : value, id);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw invalid();
    }
  }

  private static LicensingException invalid() {
    return LicensingException.invalid("cursor", "is not a cursor of this list and order");
  }
}
