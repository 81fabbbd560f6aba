package org.openlicensing.integrations.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes down A4 pages from the top, in whole points: it knows where the next line goes and starts
 * a new page when the content asked for does not fit above the bottom margin, so nothing is ever
 * written off the page. A new page begins with the invoice's continuation title and whatever header
 * the current section repeats, such as the table's column titles.
 */
final class PageCursor {
  static final int LEFT = 50;
  static final int RIGHT = 545;
  static final int WIDTH = RIGHT - LEFT;
  private static final int TOP = 792;
  private static final int BOTTOM = 64;
  private static final int FOOTER_BASELINE = 36;
  private static final Color RULE = new Color(150, 150, 150);

  private final PDDocument document;
  private final String reference;
  private PDPageContentStream stream;
  private int y;
  private Runnable repeatedHeader = () -> {};

  /**
   * @param reference what each page's footer and continuation title name, the invoice number
   */
  PageCursor(PDDocument document, String reference) {
    this.document = document;
    this.reference = reference;
    openPage();
  }

  /** Runs {@code header} at the top of every page started from now on, until replaced. */
  void repeatOnNewPage(Runnable header) {
    this.repeatedHeader = header;
  }

  /** Starts a new page unless {@code height} points still fit on this one. */
  void ensureSpace(int height) {
    if (y - height < BOTTOM) {
      newPage();
    }
  }

  /** The height a page offers below its continuation title, for content that must not split. */
  static int usableHeight() {
    return TOP - BOTTOM - 2 * TypeSizes.LEADING;
  }

  void down(int points) {
    y -= points;
  }

  /** Text whose top is at the current position, starting at {@code x}. */
  void text(String text, Typeface face, int size, int x) {
    String shown = Typeface.showable(text);
    try {
      stream.beginText();
      stream.setFont(face.font(), size);
      stream.newLineAtOffset(x, y - size);
      stream.showText(shown);
      stream.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Text whose top is at the current position, ending at {@code rightX}. */
  void textRight(String text, Typeface face, int size, int rightX) {
    text(text, face, size, rightX - face.width(text, size));
  }

  /** A thin horizontal line at the current position. */
  void rule(int fromX, int toX) {
    try {
      stream.setStrokingColor(RULE);
      stream.setLineWidth(1);
      stream.moveTo(fromX, y);
      stream.lineTo(toX, y);
      stream.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the last page and writes "page i of n" at the foot of every page. */
  void finish() {
    close();
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      String footer = reference + " \u00b7 Page " + (i + 1) + " of " + count;
      PDPage page = document.getPage(i);
      try (PDPageContentStream foot =
          new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
        foot.beginText();
        foot.setFont(Typeface.REGULAR.font(), TypeSizes.SMALL);
        foot.newLineAtOffset(
            RIGHT - Typeface.REGULAR.width(footer, TypeSizes.SMALL), FOOTER_BASELINE);
        foot.showText(Typeface.showable(footer));
        foot.endText();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void newPage() {
    close();
    openPage();
    text("Invoice " + reference + " (continued)", Typeface.BOLD, TypeSizes.BODY, LEFT);
    down(2 * TypeSizes.LEADING);
    repeatedHeader.run();
  }

  private void openPage() {
    PDPage page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    try {
      stream = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = TOP;
  }

  private void close() {
    try {
      stream.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
