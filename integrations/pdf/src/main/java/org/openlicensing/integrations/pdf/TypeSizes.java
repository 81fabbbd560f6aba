package org.openlicensing.integrations.pdf;

/** The type sizes of the invoice and the distance between its lines, in points. */
final class TypeSizes {
  static final int TITLE = 18;
  static final int HEADING = 10;
  static final int BODY = 9;
  static final int SMALL = 7;

  /** From the top of one line of body text to the top of the next. */
  static final int LEADING = 13;

  /** From the top of one line of small text to the top of the next. */
  static final int SMALL_LEADING = 10;

  private TypeSizes() {}
}
