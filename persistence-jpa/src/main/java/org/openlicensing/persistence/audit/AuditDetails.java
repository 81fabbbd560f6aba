package org.openlicensing.persistence.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The column form of an audit event's (and a security event's) details: a JSON object of strings,
 * keys sorted, so that the same details are always the same text. Quotes, backslashes, control
 * characters and unpaired surrogates are escaped, so any Java string survives the round trip and
 * the text is valid UTF-8. Only this form is read back; anything else in the column is a corrupted
 * row.
 */
public final class AuditDetails {
  private AuditDetails() {}

  public static String encode(Map<String, String> details) {
    StringBuilder json = new StringBuilder("{");
    new TreeMap<>(details)
        .forEach(
            (key, value) -> {
              if (json.length() > 1) {
                json.append(',');
              }
              appendString(json, key);
              json.append(':');
              appendString(json, value);
            });
    return json.append('}').toString();
  }

  public static Map<String, String> decode(String column) {
    return new Reader(column).object();
  }

  private static void appendString(StringBuilder json, String text) {
    json.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        json.append('\\').append(c);
      } else if (c < 0x20 || isUnpairedSurrogate(text, i)) {
        json.append(String.format("\\u%04x", (int) c));
      } else {
        json.append(c);
      }
    }
    json.append('"');
  }

  private static boolean isUnpairedSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c)
        && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /** Reads what {@link #encode} writes. */
  private static final class Reader {
    private final String json;
    private int position;

    Reader(String json) {
      this.json = json;
    }

    Map<String, String> object() {
      Map<String, String> details = new LinkedHashMap<>();
      expect('{');
      if (peek() != '}') {
        do {
          String key = string();
          expect(':');
          details.put(key, string());
        } while (accept(','));
      }
      expect('}');
      if (position != json.length()) {
        throw corrupted();
      }
      return details;
    }

    private String string() {
      expect('"');
      StringBuilder text = new StringBuilder();
      while (true) {
        char c = next();
        if (c == '"') {
          return text.toString();
        }
        if (c != '\\') {
          text.append(c);
          continue;
        }
        char escaped = next();
        switch (escaped) {
          case '"', '\\', '/' -> text.append(escaped);
          case 'b' -> text.append('\b');
          case 'f' -> text.append('\f');
          case 'n' -> text.append('\n');
          case 'r' -> text.append('\r');
          case 't' -> text.append('\t');
          case 'u' -> text.append(hex());
          default -> throw corrupted();
        }
      }
    }

    private char hex() {
      if (position + 4 > json.length()) {
        throw corrupted();
      }
      try {
        char c = (char) Integer.parseInt(json.substring(position, position + 4), 16);
        position += 4;
        return c;
      } catch (NumberFormatException e) {
        throw corrupted();
      }
    }

    private char peek() {
      if (position >= json.length()) {
        throw corrupted();
      }
      return json.charAt(position);
    }

    private char next() {
      char c = peek();
      position++;
      return c;
    }

    private boolean accept(char c) {
      if (position < json.length() && json.charAt(position) == c) {
        position++;
        return true;
      }
      return false;
    }

    private void expect(char c) {
      if (!accept(c)) {
        throw corrupted();
      }
    }

    private IllegalStateException corrupted() {
      return new IllegalStateException(
          "the details of an audit event are not the JSON object of strings that was written, at"
              + " character "
              + position
              + ": "
              + json);
    }
  }
}
