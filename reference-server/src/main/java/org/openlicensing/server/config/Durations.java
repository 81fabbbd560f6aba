package org.openlicensing.server.config;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as operators write them: a whole number and a unit, {@code 500ms}, {@code 10s}, {@code
 * 5m}, {@code 2h} or {@code 1d}.
 */
final class Durations {
  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h|d)");

  private Durations() {}

  /**
   * The duration, if it is written as above and lies within the bounds.
   *
   * @throws ConfigException naming the key, with the value as given
   */
  static Duration parse(String key, String raw, Duration min, Duration max) {
    Matcher m = DURATION.matcher(raw.strip().toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long amount = Long.parseLong(m.group(1));
      Duration value =
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
          };
      if (value.compareTo(min) >= 0 && value.compareTo(max) <= 0) {
        return value;
      }
    }
    throw new ConfigException(
        key,
        "must be a duration from "
            + text(min)
            + " to "
            + text(max)
            + " such as 30s, 5m or 2h, got \""
            + raw
            + "\"");
  }

  /** The duration in the largest unit that writes it whole. */
  static String text(Duration d) {
    if (d.toMillis() % 1000 != 0) {
      return d.toMillis() + "ms";
    }
    long seconds = d.toSeconds();
    if (seconds % 86_400 == 0) {
      return seconds / 86_400 + "d";
    }
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
  }
}
