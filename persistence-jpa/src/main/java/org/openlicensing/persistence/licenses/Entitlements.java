package org.openlicensing.persistence.licenses;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The column form of a set of entitlements: the names, sorted, separated by commas. A name may hold
 * any character: {@code %} and {@code ,} inside a name are written {@code %25} and {@code %2C}.
 */
final class Entitlements {
  private Entitlements() {}

  static String encode(Set<String> entitlements) {
    return new TreeSet<>(entitlements)
        .stream().map(Entitlements::escape).collect(Collectors.joining(","));
  }

  static Set<String> decode(String column) {
    if (column.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(column.split(",", -1))
        .map(Entitlements::unescape)
        .collect(Collectors.toUnmodifiableSet());
  }

  private static String escape(String name) {
    return name.replace("%", "%25").replace(",", "%2C");
  }

  private static String unescape(String name) {
    return name.replace("%2C", ",").replace("%25", "%");
  }
}
