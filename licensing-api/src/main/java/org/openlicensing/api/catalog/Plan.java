package org.openlicensing.api.catalog;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A product a customer subscribes to, for a number of seats. */
public record Plan(
    String code,
    String name,
    String description,
    List<Price> prices,
    int minSeats,
    int maxSeats,
    int trialDays,
    Set<String> entitlements,
    LicensePolicy policy,
    boolean kycRequired) {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  public Plan {
    Objects.requireNonNull(code, "code");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("plan code must match " + CODE + ": " + code);
    }
    Objects.requireNonNull(name, "name");
    description = description == null ? "" : description;
    prices = List.copyOf(prices);
    if (minSeats < 1 || maxSeats < minSeats) {
      throw new IllegalArgumentException(
          "seat bounds must satisfy 1 <= min <= max: " + minSeats + ".." + maxSeats);
    }
    if (trialDays < 0) {
      throw new IllegalArgumentException("trialDays cannot be negative: " + trialDays);
    }
    entitlements = Set.copyOf(entitlements);
    Objects.requireNonNull(policy, "policy");
  }

  public Optional<Price> price(BillingPeriod period, Currency currency) {
    return prices.stream()
        .filter(p -> p.period() == period && p.perSeat().currency().equals(currency))
        .findFirst();
  }

  public boolean allowsSeats(int seats) {
    return seats >= minSeats && seats <= maxSeats;
  }
}
