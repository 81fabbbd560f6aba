package org.openlicensing.integrations.pdf;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes text showable with the Standard 14 fonts, which the invoice uses because every PDF reader
 * has them and the library then ships no font file. Those fonts encode WinAnsi (Windows-1252) only,
 * and PDFBox refuses to show any other character, so a buyer named in Polish, Czech, Cyrillic or
 * Chinese would make the invoice fail. Embedding a Unicode TrueType font would show them, but no
 * font is available to us as a Maven artifact, and vendoring font files is not an option; so text
 * is degraded instead, character by character:
 *
 * <ol>
 *   <li>a character WinAnsi has stays, so "Ærøskøbing" and "Müller" are kept as they are;
 *   <li>otherwise its canonical decomposition (NFD) without the combining marks is used if WinAnsi
 *       has that: "ř" becomes "r", "ź" becomes "z";
 *   <li>letters with a stroke, which have no decomposition, get their base letter: "ł" becomes "l";
 *   <li>anything else (Cyrillic, CJK, emoji) becomes one "?" per character;
 *   <li>control characters, such as tabs and line breaks, become spaces.
 * </ol>
 *
 * So "Łódź Sp. z o.o." prints as "Lódz Sp. z o.o.". The invoice's data keeps the real names; only
 * the printed document is degraded, and its metadata (title, author) keeps them too.
 */
final class WinAnsiText {
  /** The characters WinAnsi can show: every byte Windows-1252 decodes to a printable one. */
  private static final Set<Integer> SHOWABLE = showable();

  private static final Map<Integer, String> STROKED =
      Map.of(
          0x141, "L", 0x142, "l", 0x110, "D", 0x111, "d", 0x126, "H", 0x127, "h", 0x131, "i", 0x166,
          "T", 0x167, "t");

  private WinAnsiText() {}

  static String degrade(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    composed.codePoints().forEach(c -> out.append(replacement(c)));
    return out.toString();
  }

  private static String replacement(int c) {
    if (Character.isISOControl(c) || (Character.isWhitespace(c) && c != ' ')) {
      return " ";
    }
    if (SHOWABLE.contains(c)) {
      return Character.toString(c);
    }
    String base = withoutMarks(c);
    if (!base.isEmpty() && base.codePoints().allMatch(SHOWABLE::contains)) {
      return base;
    }
    return STROKED.getOrDefault(c, "?");
  }

  private static String withoutMarks(int c) {
    return Normalizer.normalize(Character.toString(c), Normalizer.Form.NFD)
        .codePoints()
        .filter(p -> Character.getType(p) != Character.NON_SPACING_MARK)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  private static Set<Integer> showable() {
    byte[] bytes = new byte[256 - 0x20];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (0x20 + i);
    }
    String decoded = new String(bytes, Charset.forName("windows-1252"));
    return decoded
        .codePoints()
        .filter(c -> c != 0xFFFD && !Character.isISOControl(c))
        .boxed()
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Every character {@link #degrade} keeps as it is, for tests that show them all. */
  static String allShowable() {
    return SHOWABLE.stream()
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }
}
