package org.openlicensing.persistence.apikeys;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.openlicensing.api.apikeys.ApiKeyScope;

/** The column form of a key's scopes: their names in the enum's order, separated by commas. */
final class ApiKeyScopes {
  private ApiKeyScopes() {}

  static String encode(Set<ApiKeyScope> scopes) {
    Set<ApiKeyScope> ordered = EnumSet.noneOf(ApiKeyScope.class);
    ordered.addAll(scopes);
    return ordered.stream().map(Enum::name).collect(Collectors.joining(","));
  }

  static Set<ApiKeyScope> decode(String column) {
    if (column.isEmpty()) {
      return Set.of();
    }
    return Arrays.stream(column.split(","))
        .map(ApiKeyScope::valueOf)
        .collect(Collectors.toUnmodifiableSet());
  }
}
