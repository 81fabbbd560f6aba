package org.openlicensing.integrations.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateFormatTest {
  @ParameterizedTest(name = "{0} basis points are \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "0     | 0 %",
        "5     | 0.05 %",
        "50    | 0.5 %",
        "700   | 7 %",
        "725   | 7.25 %",
        "1900  | 19 %",
        "1905  | 19.05 %",
        "1950  | 19.5 %",
        "2100  | 21 %",
        "10000 | 100 %"
      })
  void showsThePercentageWithTheDecimalsItNeeds(int basisPoints, String expected) {
    assertThat(RateFormat.percent(basisPoints)).isEqualTo(expected);
  }

  @Test
  void refusesANegativeRate() {
    assertThatThrownBy(() -> RateFormat.percent(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}
