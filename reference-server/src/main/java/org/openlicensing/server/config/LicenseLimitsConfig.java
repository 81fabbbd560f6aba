package org.openlicensing.server.config;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openlicensing.core.throttling.Limits;
import org.openlicensing.core.throttling.RateLimit;

/**
 * The limits on device work that operators may change, each written {@code <count>/<duration>}:
 * activations per license and per client address, and the resets a license's holder may make. The
 * other limits keep {@link Limits#DEFAULT}'s values.
 */
final class LicenseLimitsConfig {
  static final String ACTIVATIONS_PER_LICENSE = "LICENSING_ACTIVATION_LIMIT_PER_LICENSE";
  static final String ACTIVATIONS_PER_IP = "LICENSING_ACTIVATION_LIMIT_PER_IP";
  static final String RESETS_PER_LICENSE = "LICENSING_LICENSE_RESET_LIMIT";

  private static final Pattern LIMIT = Pattern.compile("(\\d{1,9})\\s*/\\s*(\\S+)");
  private static final int MAX_COUNT = 1_000_000;

  private LicenseLimitsConfig() {}

  /** The limits; a bad value is a ConfigException naming its key. */
  static Limits read(Function<String, Optional<String>> values) {
    Limits limits = Limits.DEFAULT;
    limits = with(limits, values, ACTIVATIONS_PER_LICENSE, limits.activationsPerLicense());
    limits = with(limits, values, ACTIVATIONS_PER_IP, limits.activationsPerIp());
    return with(limits, values, RESETS_PER_LICENSE, limits.licenseResetsPerLicense());
  }

  private static Limits with(
      Limits limits, Function<String, Optional<String>> values, String key, RateLimit current) {
    return values
        .apply(key)
        .map(raw -> limits.with(parse(key, raw, current.name())))
        .orElse(limits);
  }

  /** {@code 3/30d}: three in thirty days, refilled evenly. */
  private static RateLimit parse(String key, String raw, String name) {
    Matcher m = LIMIT.matcher(raw.strip());
    if (!m.matches()) {
      throw new ConfigException(
          key, "must be a count and a duration such as 3/30d, got \"" + raw + "\"");
    }
    long count = Long.parseLong(m.group(1));
    if (count < 1 || count > MAX_COUNT) {
      throw new ConfigException(key, "must allow from 1 to " + MAX_COUNT + ", got " + count);
    }
    Duration period = Durations.parse(key, m.group(2), Duration.ofSeconds(1), Duration.ofDays(365));
    return new RateLimit(name, count, period);
  }
}
