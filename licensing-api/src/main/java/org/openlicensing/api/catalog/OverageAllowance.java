package org.openlicensing.api.catalog;

/**
 * How far a license may go past its device limit (and, when floating, its concurrency limit) before
 * it stops: a validation within the band is still VALID, with its {@code overage} flag set. The
 * allowance is a fraction applied in integer arithmetic, rounded down, so that no floating point
 * decides a limit: 1.25× of 3 devices is {@code 3 × 5 / 4 = 3}, of 4 devices 5.
 */
public enum OverageAllowance {
  NONE(1, 1),
  ALLOW_1_25X(5, 4),
  ALLOW_1_5X(3, 2),
  ALLOW_2X(2, 1);

  private final int numerator;
  private final int denominator;

  OverageAllowance(int numerator, int denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** How many the allowance lets run for a limit of {@code limit}: never fewer than the limit. */
  public int allowed(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("a limit cannot be negative: " + limit);
    }
    return Math.toIntExact((long) limit * numerator / denominator);
  }
}
