package org.openlicensing.core.catalog;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.openlicensing.api.admin.PlanDraft;
import org.openlicensing.api.admin.PlanDraft.PolicyDraft;
import org.openlicensing.api.admin.PlanDraft.PriceDraft;
import org.openlicensing.api.catalog.LicensePolicy;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.catalog.OverageAllowance;
import org.openlicensing.api.catalog.Plan;
import org.openlicensing.api.catalog.Price;
import org.openlicensing.api.catalog.TransferRule;
import org.openlicensing.api.usage.Quota;
import org.openlicensing.core.support.FieldChecks;

/**
 * Turns a draft into a plan, naming every field at fault. The bounds are those of the plan and its
 * table, and keep every product of a price and a seat count far from overflowing a long.
 */
public final class PlanDrafts {
  static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
  static final int MAX_NAME_LENGTH = 200;
  static final int MAX_DESCRIPTION_LENGTH = 4000;
  static final int MAX_PRICES = 20;
  static final long MAX_AMOUNT = 10_000_000_000L;
  static final int MAX_SEATS = 1_000_000;
  static final int MAX_DAYS = 365;
  static final int MAX_DEVICE_LIMIT = 10_000;
  static final int MAX_TOKEN_LIFETIME_DAYS = 3650;
  static final int MIN_HEARTBEAT_WINDOW_SECONDS = 60;
  static final int MAX_HEARTBEAT_WINDOW_SECONDS = 7 * 24 * 3600;
  static final int MAX_ENTITLEMENTS = 100;
  static final int MAX_ENTITLEMENT_LENGTH = 40;

  private PlanDrafts() {}

  /**
   * The plan the draft describes, at price version 1: the caller sets the version when it saves.
   *
   * @param prefix put before every field name, such as {@code plans[2].}; empty for none
   */
  public static Plan check(PlanDraft draft, String prefix) {
    FieldChecks checks = new FieldChecks();
    if (draft == null) {
      // The draft itself is missing: name it as its container does, "plans[2]" or "body".
      checks.reject(
          prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1), "is required");
      checks.throwIfAny();
    }
    Fields f = new Fields(checks, prefix);
    String code = f.code(draft.code());
    String name = checks.text(prefix + "name", draft.name(), MAX_NAME_LENGTH);
    String description =
        checks.optionalText(prefix + "description", draft.description(), MAX_DESCRIPTION_LENGTH);
    List<Price> prices = f.prices(draft.prices());
    int minSeats = checks.number(prefix + "minSeats", draft.minSeats(), 1, MAX_SEATS);
    int maxSeats = checks.number(prefix + "maxSeats", draft.maxSeats(), 1, MAX_SEATS);
    if (isSeatCount(draft.minSeats()) && isSeatCount(draft.maxSeats()) && maxSeats < minSeats) {
      checks.reject(prefix + "maxSeats", "must be at least minSeats (" + minSeats + ")");
    }
    int trialDays = checks.number(prefix + "trialDays", draft.trialDays(), 0, MAX_DAYS);
    Set<String> entitlements = f.entitlements(draft.entitlements());
    LicensePolicy policy = f.policy(draft.policy());
    Boolean kycRequired = checks.required(prefix + "kycRequired", draft.kycRequired());
    checks.throwIfAny();
    return new Plan(
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
        1,
        draft.active() == null || draft.active());
  }

  private static boolean isSeatCount(Integer value) {
    return value != null && value >= 1 && value <= MAX_SEATS;
  }

  /** The checks of the nested parts, each naming its field under the prefix. */
  private record Fields(FieldChecks checks, String prefix) {

    String code(String code) {
      String field = prefix + "code";
      if (code == null) {
        return checks.reject(field, "is required");
      }
      if (!CODE.matcher(code).matches()) {
        return checks.reject(
            field, "must be 1 to 40 lower-case letters, digits or hyphens, starting with a letter");
      }
      return code;
    }

    List<Price> prices(List<PriceDraft> drafts) {
      String field = prefix + "prices";
      if (drafts == null) {
        return checks.reject(field, "is required");
      }
      if (drafts.isEmpty()) {
        return checks.reject(field, "must hold at least one price");
      }
      if (drafts.size() > MAX_PRICES) {
        return checks.reject(field, "must hold at most " + MAX_PRICES + " prices");
      }
      List<Price> prices = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < drafts.size(); i++) {
        Price price = price(field + "[" + i + "]", drafts.get(i));
        if (price == null) {
          continue;
        }
        String key = price.period() + " " + price.perSeat().currency().getCurrencyCode();
        if (!seen.add(key)) {
          checks.reject(field + "[" + i + "]", "repeats the " + key + " price");
        }
        prices.add(price);
      }
      return prices;
    }

    private Price price(String field, PriceDraft draft) {
      if (draft == null) {
        return checks.reject(field, "is required");
      }
      boolean valid = checks.required(field + ".period", draft.period()) != null;
      Currency currency = currency(field + ".currency", draft.currency());
      valid &= currency != null;
      Long amount = draft.amount();
      if (amount == null) {
        checks.reject(field + ".amount", "is required");
        valid = false;
      } else if (amount < 0 || amount > MAX_AMOUNT) {
        checks.reject(field + ".amount", "must be between 0 and " + MAX_AMOUNT + " (minor units)");
        valid = false;
      }
      return valid ? new Price(draft.period(), new Money(amount, currency)) : null;
    }

    private Currency currency(String field, String code) {
      if (code == null) {
        return checks.reject(field, "is required");
      }
      if (CURRENCY.matcher(code).matches()) {
        try {
          return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
          // Three capitals, but no currency: fall through to the one message for both.
        }
      }
      return checks.reject(field, "must be an ISO 4217 currency code such as EUR");
    }

    Set<String> entitlements(List<String> values) {
      String field = prefix + "entitlements";
      if (values == null) {
        return checks.reject(field, "is required");
      }
      if (values.size() > MAX_ENTITLEMENTS) {
        return checks.reject(field, "must hold at most " + MAX_ENTITLEMENTS + " entitlements");
      }
      Set<String> entitlements = new LinkedHashSet<>();
      for (int i = 0; i < values.size(); i++) {
        String entitlement =
            checks.text(field + "[" + i + "]", values.get(i), MAX_ENTITLEMENT_LENGTH);
        if (entitlement != null && !entitlements.add(entitlement)) {
          checks.reject(field + "[" + i + "]", "repeats " + entitlement);
        } else if (entitlement != null) {
          quota(field + "[" + i + "]", entitlement);
        }
      }
      return entitlements;
    }

    /**
     * A {@code quota:} entitlement must be one Quota reads: a malformed one would reach the plan's
     * licenses and grant nothing, silently, so it is refused here, where the plan is written.
     */
    private void quota(String field, String entitlement) {
      try {
        Quota.parse(entitlement);
      } catch (IllegalArgumentException malformed) {
        checks.reject(field, malformed.getMessage());
      }
    }

    LicensePolicy policy(PolicyDraft draft) {
      String field = prefix + "policy";
      if (draft == null) {
        return checks.reject(field, "is required");
      }
      int deviceLimit =
          checks.number(field + ".deviceLimit", draft.deviceLimit(), 1, MAX_DEVICE_LIMIT);
      Boolean floating = checks.required(field + ".floating", draft.floating());
      Boolean offline = checks.required(field + ".offlineAllowed", draft.offlineAllowed());
      int graceDays = checks.number(field + ".graceDays", draft.graceDays(), 0, MAX_DAYS);
      int lifetime =
          checks.number(
              field + ".tokenLifetimeDays", draft.tokenLifetimeDays(), 1, MAX_TOKEN_LIFETIME_DAYS);
      int concurrency = concurrencyLimit(field, draft, deviceLimit, floating);
      int window =
          draft.heartbeatWindowSeconds() == null
              ? (int) LicensePolicy.DEFAULT_HEARTBEAT_WINDOW.toSeconds()
              : checks.number(
                  field + ".heartbeatWindowSeconds",
                  draft.heartbeatWindowSeconds(),
                  MIN_HEARTBEAT_WINDOW_SECONDS,
                  MAX_HEARTBEAT_WINDOW_SECONDS);
      if (checks.hasErrors()) {
        // Some field, here or before, is at fault: no plan is made, so no policy is needed.
        return null;
      }
      return new LicensePolicy(
          deviceLimit,
          floating,
          offline,
          graceDays,
          Duration.ofDays(lifetime),
          concurrency,
          Duration.ofSeconds(window),
          Boolean.TRUE.equals(draft.userBound()),
          draft.overage() == null ? OverageAllowance.NONE : draft.overage(),
          draft.transferRule() == null ? TransferRule.DEACTIVATE : draft.transferRule());
    }

    /**
     * A floating plan's own concurrency limit, at most its device limit; a node-locked plan runs on
     * every device, and may only repeat its device limit here. Absent, it is the device limit.
     */
    private int concurrencyLimit(
        String field, PolicyDraft draft, int deviceLimit, Boolean floating) {
      Integer given = draft.concurrencyLimit();
      if (given == null) {
        return deviceLimit;
      }
      String name = field + ".concurrencyLimit";
      if (!Boolean.TRUE.equals(floating)) {
        if (given != deviceLimit) {
          checks.reject(name, "applies to floating licenses only; leave it out, or set floating");
        }
        return deviceLimit;
      }
      return checks.number(name, given, 1, Math.max(1, deviceLimit));
    }
  }
}
