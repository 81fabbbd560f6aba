package org.openlicensing.integrations.stripe.standin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Decodes {@code application/x-www-form-urlencoded} text, as Stripe's API takes it. */
final class FormEncoding {
  private FormEncoding() {}

  static void decodeInto(String encoded, Map<String, List<String>> into) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      into.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
    }
  }

  static Map<String, List<String>> decode(String query, String body) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    decodeInto(query, params);
    decodeInto(body, params);
    return params;
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}
