package org.openlicensing.integrations.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TlsModeTest {
  @ParameterizedTest
  @CsvSource({"none, NONE", "starttls, STARTTLS", "tls, TLS", "StartTLS, STARTTLS", "' TLS ', TLS"})
  void parsesTheConfigurationValuesIgnoringCase(String value, TlsMode expected) {
    assertThat(TlsMode.parse(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"ssl", "smtps", "true"})
  void rejectsAnyOtherValueNamingTheAllowedOnes(String value) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TlsMode.parse(value))
        .withMessageContaining("none, starttls, tls");
  }

  @Test
  void defaultsToTheConventionalPortOfEachMode() {
    assertThat(TlsMode.NONE.defaultPort()).isEqualTo(25);
    assertThat(TlsMode.STARTTLS.defaultPort()).isEqualTo(587);
    assertThat(TlsMode.TLS.defaultPort()).isEqualTo(465);
  }
}
