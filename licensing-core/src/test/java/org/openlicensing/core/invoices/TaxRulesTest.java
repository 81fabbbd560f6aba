package org.openlicensing.core.invoices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openlicensing.api.catalog.Money;
import org.openlicensing.api.invoices.Party;
import org.openlicensing.api.invoices.Tax;

class TaxRulesTest {
  private static final TaxRules RULES = new TaxRules(VatRates.euStandard());
  private static final Party GERMAN_SELLER = party("DE", "DE123456789");
  private static final Money SUBTOTAL = Money.of(10_000, "EUR");

  private static Party party(String country, String vatId) {
    return new Party("P", List.of(), country, Optional.ofNullable(vatId), Optional.empty());
  }

  @Test
  void aBuyerInTheSellersCountryPaysItsRateEvenAsABusiness() {
    Tax tax = RULES.taxFor(GERMAN_SELLER, party("DE", "DE987654321"), SUBTOTAL);

    assertThat(tax.rateBasisPoints()).isEqualTo(1_900);
    assertThat(tax.amount().amount()).isEqualTo(1_900);
    assertThat(tax.reverseCharge()).isFalse();
  }

  @Test
  void anEuBusinessElsewhereIsReverseCharged() {
    Tax tax = RULES.taxFor(GERMAN_SELLER, party("NL", "NL123456789B01"), SUBTOTAL);

    assertThat(tax.reverseCharge()).isTrue();
    assertThat(tax.amount().amount()).isZero();
    assertThat(tax.note()).contains(TaxRules.REVERSE_CHARGE_NOTE);
  }

  @Test
  void anEuConsumerElsewherePaysTheRateOfTheirOwnCountry() {
    Tax tax = RULES.taxFor(GERMAN_SELLER, party("HU", null), SUBTOTAL);

    assertThat(tax.country()).isEqualTo("HU");
    assertThat(tax.amount().amount()).isEqualTo(2_700);
  }

  @Test
  void aBuyerOutsideTheEuPaysNoEuVat() {
    Tax tax = RULES.taxFor(GERMAN_SELLER, party("CH", "CHE123456789"), SUBTOTAL);

    assertThat(tax.amount().amount()).isZero();
    assertThat(tax.reverseCharge()).isFalse();
    assertThat(tax.note()).contains(TaxRules.OUTSIDE_EU_NOTE);
  }

  @Test
  void aSellerOutsideTheEuChargesOnlyAtHome() {
    TaxRules swiss = new TaxRules(new VatRates(java.util.Map.of("CH", 810)));
    Party seller = party("CH", "CHE123456789");

    assertThat(swiss.taxFor(seller, party("CH", null), SUBTOTAL).amount().amount()).isEqualTo(810);
    assertThat(swiss.taxFor(seller, party("DE", null), SUBTOTAL).amount().amount()).isZero();
  }

  @Test
  void amountsRoundHalfAwayFromZeroInIntegers() {
    assertThat(TaxRules.percentOf(Money.of(50, "EUR"), 1_900).amount()).isEqualTo(10); // 9.5
    assertThat(TaxRules.percentOf(Money.of(49, "EUR"), 1_900).amount()).isEqualTo(9); // 9.31
    assertThat(TaxRules.percentOf(Money.of(-50, "EUR"), 1_900).amount()).isEqualTo(-10);
    assertThat(TaxRules.percentOf(Money.of(Long.MAX_VALUE / 20_000, "EUR"), 10_000).amount())
        .isEqualTo(Long.MAX_VALUE / 20_000);
  }

  @Test
  void aVatTableRefusesNonsense() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new VatRates(java.util.Map.of("Germany", 1_900)))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new VatRates(java.util.Map.of("DE", 10_001)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
