package org.openlicensing.server.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.core.Licensing;
import org.openlicensing.core.billing.DunningPolicy;
import org.openlicensing.core.invoices.VatRates;

/**
 * The built-in billing's settings: who sells (named on every invoice, and whose country decides the
 * VAT), the VAT table, how failed payments are chased, and how often the billing jobs run.
 *
 * @param jobInterval how often renewals, collection and lapses are looked for
 */
public record BillingConfig(
    Party seller, VatRates vatRates, DunningPolicy dunning, Duration jobInterval) {
  static final String SELLER_NAME = "LICENSING_SELLER_NAME";
  static final String SELLER_ADDRESS = "LICENSING_SELLER_ADDRESS";
  static final String SELLER_COUNTRY = "LICENSING_SELLER_COUNTRY";
  static final String SELLER_VAT_ID = "LICENSING_SELLER_VAT_ID";
  static final String SELLER_EMAIL = "LICENSING_SELLER_EMAIL";
  static final String VAT_RATES_FILE = "LICENSING_VAT_RATES_FILE";
  static final String DUNNING_RETRY_DAYS = "LICENSING_DUNNING_RETRY_DAYS";
  static final String DUNNING_FINAL_STATUS = "LICENSING_DUNNING_FINAL_STATUS";
  static final String JOB_INTERVAL = "LICENSING_BILLING_JOB_INTERVAL";

  private static final Duration DEFAULT_JOB_INTERVAL = Duration.ofMinutes(1);
  private static final int MAX_RETRY_DAY = 60;

  public BillingConfig {
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(vatRates, "vatRates");
    Objects.requireNonNull(dunning, "dunning");
    Objects.requireNonNull(jobInterval, "jobInterval");
  }

  /** Reads the settings; a bad value is a ConfigException naming its key. */
  static BillingConfig read(Function<String, Optional<String>> values) {
    return new BillingConfig(
        seller(values),
        values.apply(VAT_RATES_FILE).map(BillingConfig::vatRates).orElse(VatRates.euStandard()),
        new DunningPolicy(
            values
                .apply(DUNNING_RETRY_DAYS)
                .map(BillingConfig::retryDays)
                .orElse(DunningPolicy.DEFAULT.retryOffsets()),
            values
                .apply(DUNNING_FINAL_STATUS)
                .map(BillingConfig::finalStatus)
                .orElse(DunningPolicy.DEFAULT.finalStatus())),
        values
            .apply(JOB_INTERVAL)
            .map(
                raw ->
                    Durations.parse(JOB_INTERVAL, raw, Duration.ofSeconds(1), Duration.ofHours(1)))
            .orElse(DEFAULT_JOB_INTERVAL));
  }

  /** Without a seller's name, the demo seller, which is plainly no real company. */
  private static Party seller(Function<String, Optional<String>> values) {
    Optional<String> name = values.apply(SELLER_NAME);
    if (name.isEmpty()) {
      return Licensing.DEMO_SELLER;
    }
    String country =
        values
            .apply(SELLER_COUNTRY)
            .map(c -> c.strip().toUpperCase(Locale.ROOT))
            .orElseThrow(
                () -> new ConfigException(SELLER_COUNTRY, "is required with " + SELLER_NAME));
    if (!country.matches("[A-Z]{2}")) {
      throw new ConfigException(SELLER_COUNTRY, "must be an ISO 3166-1 alpha-2 code such as DE");
    }
    List<String> address =
        values
            .apply(SELLER_ADDRESS)
            .map(
                raw ->
                    Arrays.stream(raw.split("\\|"))
                        .map(String::strip)
                        .filter(l -> !l.isEmpty())
                        .toList())
            .orElse(List.of());
    return new Party(
        name.get().strip(),
        address,
        country,
        values.apply(SELLER_VAT_ID).map(String::strip),
        values.apply(SELLER_EMAIL).map(String::strip));
  }

  /** A properties file of {@code DE=1900} lines: basis points per country. */
  private static VatRates vatRates(String file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | RuntimeException e) {
      throw new ConfigException(VAT_RATES_FILE, "cannot be read: " + e.getMessage());
    }
    Map<String, Integer> rates = new HashMap<>();
    for (String country : properties.stringPropertyNames()) {
      String value = properties.getProperty(country).strip();
      try {
        rates.put(country.strip().toUpperCase(Locale.ROOT), Integer.parseInt(value));
      } catch (NumberFormatException e) {
        throw new ConfigException(
            VAT_RATES_FILE, country + " must be a rate in basis points (1900 is 19 %): " + value);
      }
    }
    try {
      return new VatRates(rates);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(VAT_RATES_FILE, e.getMessage());
    }
  }

  /** {@code 1,3,5}: the days after the first failure on which payments are retried. */
  private static List<Duration> retryDays(String raw) {
    List<Duration> offsets = new ArrayList<>();
    if (raw.isBlank()) {
      return offsets;
    }
    int previous = 0;
    for (String part : raw.split(",", -1)) {
      int day;
      try {
        day = Integer.parseInt(part.strip());
      } catch (NumberFormatException e) {
        throw new ConfigException(DUNNING_RETRY_DAYS, "must be days such as 1,3,5");
      }
      if (day <= previous || day > MAX_RETRY_DAY) {
        throw new ConfigException(
            DUNNING_RETRY_DAYS, "must increase, from 1 to " + MAX_RETRY_DAY + ", such as 1,3,5");
      }
      offsets.add(Duration.ofDays(day));
      previous = day;
    }
    return offsets;
  }

  private static SubscriptionStatus finalStatus(String raw) {
    String value = raw.strip().toUpperCase(Locale.ROOT);
    if (!value.equals("UNPAID") && !value.equals("CANCELED")) {
      throw new ConfigException(DUNNING_FINAL_STATUS, "must be UNPAID or CANCELED");
    }
    return SubscriptionStatus.valueOf(value);
  }

  @Override
  public String toString() {
    return "BillingConfig[seller="
        + seller.name()
        + " ("
        + seller.country()
        + "), vatRates="
        + vatRates.basisPoints().size()
        + " countries, dunningDays="
        + dunning.retryOffsets().stream()
            .map(d -> Long.toString(d.toDays()))
            .collect(Collectors.joining(","))
        + ", dunningFinal="
        + dunning.finalStatus()
        + ", jobInterval="
        + Durations.text(jobInterval)
        + "]";
  }
}
