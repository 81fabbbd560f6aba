package org.openlicensing.integrations.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a column: at spaces where it can, inside a word that is
 * wider than the column by itself, and at every line break of the text.
 */
final class TextWrap {
  private TextWrap() {}

  static List<String> lines(String text, Typeface face, int size, int maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\\R", -1)) {
      wrapParagraph(Typeface.showable(paragraph).strip(), face, size, maxWidth, lines);
    }
    return lines;
  }

  private static void wrapParagraph(
      String paragraph, Typeface face, int size, int maxWidth, List<String> lines) {
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" +")) {
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (face.width(candidate, size) <= maxWidth) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      String rest = word;
      while (face.width(rest, size) > maxWidth) {
        int fits = longestFittingPrefix(rest, face, size, maxWidth);
        lines.add(rest.substring(0, fits));
        rest = rest.substring(fits);
      }
      line.append(rest);
    }
    lines.add(line.toString());
  }

  // At least one character, so that a column narrower than a letter still makes progress.
  private static int longestFittingPrefix(String word, Typeface face, int size, int maxWidth) {
    int end = 1;
    while (end < word.length() && face.width(word.substring(0, end + 1), size) <= maxWidth) {
      end++;
    }
    return end;
  }
}
