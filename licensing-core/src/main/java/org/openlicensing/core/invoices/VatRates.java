package org.openlicensing.core.invoices;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Standard VAT rates by country, in basis points (1900 is 19 %), and which countries are in the EU
 * VAT area. The defaults are the EU member states' standard rates of 2025; an operator replaces the
 * table when rates change (the reference server reads it from a file).
 */
public record VatRates(Map<String, Integer> basisPoints) {
  /** The member states of the EU VAT area, ISO 3166-1 alpha-2 (Greece is GR here, EL in VIES). */
  public static final Set<String> EU =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

  public VatRates {
    basisPoints = Map.copyOf(basisPoints);
    basisPoints.forEach(
        (country, rate) -> {
          if (!country.matches("[A-Z]{2}") || rate < 0 || rate > 10_000) {
            throw new IllegalArgumentException("a VAT rate is a country and 0..10000: " + country);
          }
        });
  }

  public Optional<Integer> rateOf(String country) {
    return Optional.ofNullable(basisPoints.get(country));
  }

  public static boolean inEu(String country) {
    return EU.contains(country);
  }

  /** The standard rates of the EU member states as of 2025. */
  public static VatRates euStandard() {
    return new VatRates(
        Map.ofEntries(
            Map.entry("AT", 2000),
            Map.entry("BE", 2100),
            Map.entry("BG", 2000),
            Map.entry("HR", 2500),
            Map.entry("CY", 1900),
            Map.entry("CZ", 2100),
            Map.entry("DK", 2500),
            Map.entry("EE", 2400),
            Map.entry("FI", 2550),
            Map.entry("FR", 2000),
            Map.entry("DE", 1900),
            Map.entry("GR", 2400),
            Map.entry("HU", 2700),
            Map.entry("IE", 2300),
            Map.entry("IT", 2200),
            Map.entry("LV", 2100),
            Map.entry("LT", 2100),
            Map.entry("LU", 1700),
            Map.entry("MT", 1800),
            Map.entry("NL", 2100),
            Map.entry("PL", 2300),
            Map.entry("PT", 2300),
            Map.entry("RO", 2100),
            Map.entry("SK", 2300),
            Map.entry("SI", 2200),
            Map.entry("ES", 2100),
            Map.entry("SE", 2500)));
  }
}
