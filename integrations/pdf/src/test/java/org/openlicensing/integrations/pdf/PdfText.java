package org.openlicensing.integrations.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a reader of a rendered PDF sees: its text, page by page, and where each glyph stands. */
final class PdfText {
  /** A glyph's box on its page, in points from the page's top left corner. */
  record Glyph(String text, int page, float left, float right, float top, float bottom) {}

  private PdfText() {}

  static String of(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static List<String> pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document));
      }
      return pages;
    }
  }

  static List<Glyph> glyphs(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<Glyph> glyphs = new ArrayList<>();
      PDFTextStripper collector =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
              for (TextPosition p : positions) {
                glyphs.add(
                    new Glyph(
                        p.getUnicode(),
                        getCurrentPageNo(),
                        p.getXDirAdj(),
                        p.getXDirAdj() + p.getWidthDirAdj(),
                        p.getYDirAdj() - p.getHeightDir(),
                        p.getYDirAdj()));
              }
            }
          };
      collector.getText(document);
      return glyphs;
    }
  }

  static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}
