package org.openlicensing.core.invoices;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The number series of invoices and credit notes: a prefix, the year in UTC and a counter of six
 * digits or more, such as {@code INV-2026-000042}. Each series counts from 1 every year.
 */
public enum DocumentNumbers {
  INVOICE("INV"),
  CREDIT_NOTE("CN");

  private final String prefix;

  DocumentNumbers(String prefix) {
    this.prefix = prefix;
  }

  /**
   * Draws the next number of the series for the year of {@code at}, in the caller's transaction.
   */
  public String next(InvoiceRepository invoices, Instant at) {
    int year = at.atOffset(ZoneOffset.UTC).getYear();
    long counter = invoices.nextNumber(prefix, year);
    return String.format("%s-%d-%06d", prefix, year, counter);
  }
}
