package org.openlicensing.api.catalog;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A product a customer subscribes to, for a number of seats.
 *
 * @param priceVersion counts the changes of the plan's prices: a subscription keeps the version it
 *     was bought at until it renews
 * @param active whether the plan is sold to new subscriptions; a retired plan is not, but the
 *     subscriptions on it keep renewing on it
 */
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
    boolean kycRequired,
    int priceVersion,
    boolean active) {

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
    if (priceVersion < 1) {
      throw new IllegalArgumentException("priceVersion starts at 1: " + priceVersion);
    }
  }

  /** A plan on sale. */
  public Plan(
      String code,
      String name,
      String description,
      List<Price> prices,
      int minSeats,
      int maxSeats,
      int trialDays,
      Set<String> entitlements,
      LicensePolicy policy,
      boolean kycRequired,
      int priceVersion) {
    this(
        code,
        name,
        description,
        prices,
        minSeats,
        maxSeats,
        trialDays,
        entitlements,
        policy,
        kycRequired,
        priceVersion,
        true);
  }

  /** A plan on sale, at the first version of its prices. */
  public Plan(
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
    this(
        code,
        name,
        description,
        prices,
        minSeats,
        maxSeats,
        trialDays,
        entitlements,
        policy,
        kycRequired,
        1);
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
