package org.openlicensing.api.usage;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a metric a license may use per period, as a plan's entitlement grants it:
 *
 * <pre>{@code quota:<metric>:<limit>:<period>}</pre>
 *
 * for example {@code quota:api_calls:10000:month}. The metric is a {@link UsageEvent#METRIC}, the
 * limit a whole number from 1 without sign or leading zeros, and the period {@code day}, {@code
 * month} (UTC calendar days and months) or {@code period} (the subscription's current billing
 * period). Entitlements that do not start with {@code quota:} are plain ones ({@code core}, {@code
 * exports}) and unaffected; one that does but is not of this form is refused, never guessed at.
 * Each license of a plan has its own quota, counted on its own usage.
 */
public record Quota(String metric, long limit, QuotaPeriod period) {
  public static final String PREFIX = "quota:";

  /** The greatest limit: eighteen digits, so that a limit plus one event never overflows. */
  public static final long MAX_LIMIT = 999_999_999_999_999_999L;

  private static final Pattern FORM = Pattern.compile("quota:([^:]+):([1-9][0-9]{0,17}):([a-z]+)");

  public Quota {
    UsageEvent.requireMetric(metric);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("a quota's limit is between 1 and " + MAX_LIMIT);
    }
    Objects.requireNonNull(period, "period");
  }

  /**
   * The quota an entitlement grants: empty for a plain entitlement; IllegalArgumentException, with
   * the reason, for one that starts with {@code quota:} but is malformed.
   */
  public static Optional<Quota> parse(String entitlement) {
    if (entitlement == null || !entitlement.startsWith(PREFIX)) {
      return Optional.empty();
    }
    Matcher parts = FORM.matcher(entitlement);
    if (!parts.matches()) {
      throw new IllegalArgumentException(
          "a quota entitlement is quota:<metric>:<limit>:<day|month|period>, such as"
              + " quota:api_calls:10000:month, not "
              + entitlement);
    }
    QuotaPeriod period =
        QuotaPeriod.ofEntitlementName(parts.group(3))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a quota's period is day, month or period, not " + parts.group(3)));
    return Optional.of(new Quota(parts.group(1), Long.parseLong(parts.group(2)), period));
  }

  /** The entitlement that grants this quota. */
  public String entitlement() {
    return PREFIX + metric + ":" + limit + ":" + period.entitlementName();
  }
}
