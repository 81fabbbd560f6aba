package org.openlicensing.core.support;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as profiles and billing details take them. */
public final class Countries {
  private static final Set<String> CODES = Set.of(Locale.getISOCountries());

  private Countries() {}

  /** The code in upper case, if it is one. */
  public static Optional<String> normalize(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String upper = code.strip().toUpperCase(Locale.ROOT);
    return CODES.contains(upper) ? Optional.of(upper) : Optional.empty();
  }
}
