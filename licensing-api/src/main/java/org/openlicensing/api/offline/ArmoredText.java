package org.openlicensing.api.offline;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Text between {@code -----BEGIN <LABEL>-----} and {@code -----END <LABEL>-----} lines, in the
 * style of PEM (RFC 7468), wrapped at 64 columns. Offline files travel by e-mail, USB sticks and
 * support tickets: the label says what a file is at a glance, and the lines survive mail clients
 * and editors that wrap or change line endings.
 */
public final class ArmoredText {
  static final int LINE_LENGTH = 64;

  /** Base64 and base64url characters and the JWS dot: everything an armored payload may hold. */
  private static final Pattern PAYLOAD = Pattern.compile("[A-Za-z0-9+/=_.\\-]+");

  private static final Pattern LABEL = Pattern.compile("[A-Z][A-Z0-9 ]{0,60}");

  private ArmoredText() {}

  /** The payload between its BEGIN and END lines, ending with a line break. */
  public static String armor(String label, String payload) {
    requireLabel(label);
    Objects.requireNonNull(payload, "payload");
    if (!PAYLOAD.matcher(payload).matches()) {
      throw new IllegalArgumentException("an armored payload is base64 or a compact JWS");
    }
    StringBuilder text = new StringBuilder(payload.length() + payload.length() / LINE_LENGTH + 80);
    text.append(begin(label)).append('\n');
    for (int start = 0; start < payload.length(); start += LINE_LENGTH) {
      text.append(payload, start, Math.min(payload.length(), start + LINE_LENGTH)).append('\n');
    }
    return text.append(end(label)).append('\n').toString();
  }

  /**
   * The payload of the one block with this label. Text around the block (a mail's greeting, a
   * ticket's comments) is ignored; any line ending and indentation are accepted.
   *
   * @throws ParseException when there is no such block, it is not closed, it appears twice, or it
   *     holds anything but payload characters
   */
  public static String unarmor(String label, String text) throws ParseException {
    requireLabel(label);
    if (text == null) {
      throw new ParseException("no text", 0);
    }
    String begin = begin(label);
    String end = end(label);
    List<String> body = null;
    boolean closed = false;
    int lineNumber = 0;
    for (String raw : text.split("\\R", -1)) {
      lineNumber++;
      String line = raw.strip();
      if (line.equals(begin)) {
        if (body != null) {
          throw new ParseException("a second " + begin + " line", lineNumber);
        }
        body = new ArrayList<>();
      } else if (line.equals(end)) {
        if (body == null || closed) {
          throw new ParseException(end + " without its BEGIN line", lineNumber);
        }
        closed = true;
      } else if (body != null && !closed && !line.isEmpty()) {
        if (!PAYLOAD.matcher(line).matches()) {
          throw new ParseException(
              "line " + lineNumber + " is not part of the payload", lineNumber);
        }
        body.add(line);
      }
    }
    if (body == null) {
      throw new ParseException("no " + begin + " line: not a " + describe(label), 0);
    }
    if (!closed) {
      throw new ParseException("no " + end + " line: the file is cut short", lineNumber);
    }
    if (body.isEmpty()) {
      throw new ParseException("the " + describe(label) + " is empty", 0);
    }
    return String.join("", body);
  }

  private static String begin(String label) {
    return "-----BEGIN " + label + "-----";
  }

  private static String end(String label) {
    return "-----END " + label + "-----";
  }

  private static String describe(String label) {
    return label.toLowerCase(java.util.Locale.ROOT);
  }

  private static void requireLabel(String label) {
    if (label == null || !LABEL.matcher(label).matches()) {
      throw new IllegalArgumentException("a label is upper-case letters, digits and spaces");
    }
  }
}
