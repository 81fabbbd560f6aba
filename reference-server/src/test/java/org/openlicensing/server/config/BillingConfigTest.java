package org.openlicensing.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openlicensing.api.billing.SubscriptionStatus;
import org.openlicensing.core.Licensing;
import org.openlicensing.core.billing.DunningPolicy;

class BillingConfigTest {
  @TempDir Path directory;

  @Test
  void billingHasWorkingDefaults() {
    BillingConfig billing = ConfigReader.read(Map.of()).billing();

    assertThat(billing.seller()).isEqualTo(Licensing.DEMO_SELLER);
    assertThat(billing.vatRates().rateOf("DE")).contains(1_900);
    assertThat(billing.dunning()).isEqualTo(DunningPolicy.DEFAULT);
    assertThat(billing.jobInterval()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void readsTheSellerTheRatesAndTheDunning() throws IOException {
    Path rates = directory.resolve("vat.properties");
    Files.writeString(rates, "# our own table\nDE = 1900\nch=810\n");

    BillingConfig billing =
        ConfigReader.read(
                Map.of(
                    "LICENSING_SELLER_NAME", "Example Software GmbH",
                    "LICENSING_SELLER_ADDRESS", "Hauptstraße 1 | 10115 Berlin",
                    "LICENSING_SELLER_COUNTRY", "de",
                    "LICENSING_SELLER_VAT_ID", "DE123456789",
                    "LICENSING_VAT_RATES_FILE", rates.toString(),
                    "LICENSING_DUNNING_RETRY_DAYS", "2, 4",
                    "LICENSING_DUNNING_FINAL_STATUS", "canceled",
                    "LICENSING_BILLING_JOB_INTERVAL", "30s"))
            .billing();

    assertThat(billing.seller().name()).isEqualTo("Example Software GmbH");
    assertThat(billing.seller().address()).containsExactly("Hauptstraße 1", "10115 Berlin");
    assertThat(billing.seller().country()).isEqualTo("DE");
    assertThat(billing.seller().vatId()).contains("DE123456789");
    assertThat(billing.vatRates().basisPoints())
        .containsOnly(Map.entry("DE", 1_900), Map.entry("CH", 810));
    assertThat(billing.dunning().retryOffsets())
        .containsExactly(Duration.ofDays(2), Duration.ofDays(4));
    assertThat(billing.dunning().finalStatus()).isEqualTo(SubscriptionStatus.CANCELED);
    assertThat(billing.jobInterval()).isEqualTo(Duration.ofSeconds(30));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "LICENSING_SELLER_COUNTRY | Germany",
        "LICENSING_DUNNING_RETRY_DAYS | 3,1",
        "LICENSING_DUNNING_RETRY_DAYS | 1,1",
        "LICENSING_DUNNING_RETRY_DAYS | 0",
        "LICENSING_DUNNING_RETRY_DAYS | 61",
        "LICENSING_DUNNING_RETRY_DAYS | one",
        "LICENSING_DUNNING_FINAL_STATUS | PAST_DUE",
        "LICENSING_BILLING_JOB_INTERVAL | 0s",
        "LICENSING_VAT_RATES_FILE | /no/such/file.properties",
        "LICENSING_CATALOG_FILE | /no/such/catalog.json"
      })
  void aBadValueStopsStartUpNamingItsKey(String key, String value) {
    Map<String, String> environment =
        key.startsWith("LICENSING_SELLER_")
            ? Map.of("LICENSING_SELLER_NAME", "Seller", key, value)
            : Map.of(key, value);

    assertThatThrownBy(() -> ConfigReader.read(environment))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith(key + " ");
  }

  @Test
  void aSellerNeedsACountryAndRatesMustBeNumbers() throws IOException {
    assertThatThrownBy(() -> ConfigReader.read(Map.of("LICENSING_SELLER_NAME", "Seller")))
        .hasMessageStartingWith("LICENSING_SELLER_COUNTRY ");
    Path rates = directory.resolve("bad.properties");
    Files.writeString(rates, "DE=nineteen\n");
    assertThatThrownBy(
            () -> ConfigReader.read(Map.of("LICENSING_VAT_RATES_FILE", rates.toString())))
        .hasMessageStartingWith("LICENSING_VAT_RATES_FILE ")
        .hasMessageContaining("DE");
  }
}
