package org.openlicensing.rest.csv;

import java.time.Instant;

/**
 * Cells of the CSV files the API hands out. A spreadsheet runs a cell that starts with {@code =},
 * {@code +}, {@code -} or {@code @} (or a tab or carriage return before one) as a formula, and a
 * device name or an address is the user's text: such a cell gets a leading apostrophe, which
 * spreadsheets show as text and do not run (OWASP's advice on CSV injection).
 */
public final class CsvCells {
  private CsvCells() {}

  /** The text as a cell that no spreadsheet runs; null is an empty cell. */
  public static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    return switch (value.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
      default -> value;
    };
  }

  /** ISO-8601 in UTC, as the JSON API writes times; null is an empty cell. */
  public static String time(Instant value) {
    return value == null ? "" : value.toString();
  }

  /** Values the server makes itself (ids, numbers, codes): never formulas, written as they are. */
  public static String plain(Object value) {
    return value == null ? "" : value.toString();
  }
}
