package org.openlicensing.integrations.stripe.standin;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A request the stand-in received, decoded: form-encoded body and query parameters by their
 * bracketed names as sent ({@code items[0][quantity]}), headers by lower-case name.
 */
public record RecordedRequest(
    String method, String path, Map<String, List<String>> params, Map<String, String> headers) {
  public RecordedRequest {
    params = Map.copyOf(params);
    TreeMap<String, String> lowerCase = new TreeMap<>();
    headers.forEach((name, value) -> lowerCase.put(name.toLowerCase(Locale.ROOT), value));
    headers = Map.copyOf(lowerCase);
  }

  public Optional<String> param(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * The values of a list parameter, sent as {@code name[0]}, {@code name[1]}, or {@code name[]}.
   */
  public List<String> list(String name) {
    TreeMap<Integer, String> indexed = new TreeMap<>();
    params.forEach(
        (key, values) -> {
          if (key.startsWith(name + "[")
              && key.endsWith("]")
              && key.indexOf('[', name.length() + 1) < 0) {
            String index = key.substring(name.length() + 1, key.length() - 1);
            if (index.isEmpty()) {
              for (String value : values) {
                indexed.put(indexed.size(), value);
              }
            } else if (index.chars().allMatch(Character::isDigit)) {
              indexed.put(Integer.parseInt(index), values.get(0));
            }
          }
        });
    return List.copyOf(indexed.values());
  }

  /** The entries of a map parameter such as {@code metadata[organization_id]}. */
  public Map<String, String> map(String name) {
    TreeMap<String, String> entries = new TreeMap<>();
    params.forEach(
        (key, values) -> {
          if (key.startsWith(name + "[") && key.endsWith("]")) {
            entries.put(key.substring(name.length() + 1, key.length() - 1), values.get(0));
          }
        });
    return entries;
  }

  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
  }

  public boolean isPost() {
    return method.equals("POST");
  }

  @Override
  public String toString() {
    return method + " " + path + " " + params;
  }
}
