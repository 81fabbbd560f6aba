package org.openlicensing.core.accounts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The formats of EU VAT identification numbers, per member state, as the European Commission's VIES
 * describes them. Only the format is checked here; whether a number is registered is a question for
 * VIES. Greece uses the prefix EL, and Northern Ireland XI.
 */
public final class VatIds {
  private static final Map<String, Pattern> FORMATS =
      Map.ofEntries(
          Map.entry("AT", Pattern.compile("ATU\\d{8}")),
          Map.entry("BE", Pattern.compile("BE[01]\\d{9}")),
          Map.entry("BG", Pattern.compile("BG\\d{9,10}")),
          Map.entry("CY", Pattern.compile("CY\\d{8}[A-Z]")),
          Map.entry("CZ", Pattern.compile("CZ\\d{8,10}")),
          Map.entry("DE", Pattern.compile("DE\\d{9}")),
          Map.entry("DK", Pattern.compile("DK\\d{8}")),
          Map.entry("EE", Pattern.compile("EE\\d{9}")),
          Map.entry("GR", Pattern.compile("EL\\d{9}")),
          Map.entry("ES", Pattern.compile("ES[A-Z0-9]\\d{7}[A-Z0-9]")),
          Map.entry("FI", Pattern.compile("FI\\d{8}")),
          Map.entry("FR", Pattern.compile("FR[A-HJ-NP-Z0-9]{2}\\d{9}")),
          Map.entry("HR", Pattern.compile("HR\\d{11}")),
          Map.entry("HU", Pattern.compile("HU\\d{8}")),
          Map.entry("IE", Pattern.compile("IE(\\d{7}[A-W][A-I]?|\\d[A-Z+*]\\d{5}[A-W])")),
          Map.entry("IT", Pattern.compile("IT\\d{11}")),
          Map.entry("LT", Pattern.compile("LT(\\d{9}|\\d{12})")),
          Map.entry("LU", Pattern.compile("LU\\d{8}")),
          Map.entry("LV", Pattern.compile("LV\\d{11}")),
          Map.entry("MT", Pattern.compile("MT\\d{8}")),
          Map.entry("NL", Pattern.compile("NL\\d{9}B\\d{2}")),
          Map.entry("PL", Pattern.compile("PL\\d{10}")),
          Map.entry("PT", Pattern.compile("PT\\d{9}")),
          Map.entry("RO", Pattern.compile("RO\\d{2,10}")),
          Map.entry("SE", Pattern.compile("SE\\d{12}")),
          Map.entry("SI", Pattern.compile("SI\\d{8}")),
          Map.entry("SK", Pattern.compile("SK\\d{10}")),
          Map.entry("XI", Pattern.compile("XI(\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3})")));
  private static final Pattern ELSEWHERE = Pattern.compile("[A-Z0-9]{4,20}");

  private VatIds() {}

  public static boolean isEuCountry(String country) {
    return FORMATS.containsKey(country) && !"XI".equals(country);
  }

  /**
   * The number in canonical form (upper case, no spaces, dots or dashes), if it fits the format of
   * the country; for countries outside the EU only its characters are checked.
   */
  public static Optional<String> normalize(String vatId, String country) {
    String compact = vatId.replaceAll("[\\s.\\-]", "").toUpperCase(Locale.ROOT);
    Pattern format = country == null ? null : FORMATS.get(country);
    if (format != null) {
      return format.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
    boolean euFormat = FORMATS.values().stream().anyMatch(p -> p.matcher(compact).matches());
    if (country == null && euFormat) {
      return Optional.of(compact);
    }
    return ELSEWHERE.matcher(compact).matches() && !euPrefixed(compact)
        ? Optional.of(compact)
        : Optional.empty();
  }

  private static boolean euPrefixed(String compact) {
    String prefix = compact.substring(0, 2);
    return FORMATS.keySet().contains(prefix) || "EL".equals(prefix);
  }
}
