package org.openlicensing.integrations.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * A font of the invoice and how wide text set in it is, in whole points. Every string is passed
 * through {@link WinAnsiText} before it is measured or shown, so nothing the font cannot encode
 * ever reaches it.
 */
final class Typeface {
  static final Typeface REGULAR = new Typeface(new PDType1Font(FontName.HELVETICA));
  static final Typeface BOLD = new Typeface(new PDType1Font(FontName.HELVETICA_BOLD));

  private final PDFont font;

  private Typeface(PDFont font) {
    this.font = font;
  }

  PDFont font() {
    return font;
  }

  /** The text as it will be shown: degraded to what the font can encode. */
  static String showable(String text) {
    return WinAnsiText.degrade(text);
  }

  /** The width of the text at {@code size} points, rounded up to whole points. */
  int width(String text, int size) {
    try {
      // PDFBox measures in thousandths of the font size, as a float: turned into whole
      // thousandths at once, so that layout is integer arithmetic from here on.
      long thousandths = (long) font.getStringWidth(showable(text)) + 1;
      return (int) ((thousandths * size + 999) / 1000);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure text in " + font.getName(), e);
    }
  }
}
