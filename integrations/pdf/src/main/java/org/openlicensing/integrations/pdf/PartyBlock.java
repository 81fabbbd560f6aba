package org.openlicensing.integrations.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openlicensing.api.invoices.Party;

/** A seller or a buyer as printed: the lines of its block, wrapped to the width of a column. */
final class PartyBlock {
  /** One printed line and the font it is set in. */
  record Line(String text, Typeface face) {}

  private PartyBlock() {}

  static List<Line> lines(String heading, Party party, int width) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(heading, Typeface.BOLD));
    add(lines, party.name(), Typeface.BOLD, width);
    party.address().forEach(line -> add(lines, line, Typeface.REGULAR, width));
    add(lines, countryName(party.country()), Typeface.REGULAR, width);
    party.vatId().ifPresent(id -> add(lines, "VAT ID " + id, Typeface.REGULAR, width));
    party.email().ifPresent(email -> add(lines, email, Typeface.REGULAR, width));
    return lines;
  }

  private static void add(List<Line> lines, String text, Typeface face, int width) {
    TextWrap.lines(text, face, TypeSizes.BODY, width).forEach(l -> lines.add(new Line(l, face)));
  }

  // The English name reads better on a document than the code; an unknown code stays as it is.
  private static String countryName(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }
}
