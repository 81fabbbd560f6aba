package org.openlicensing.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {
  @Test
  void normalizesCaseAndSurroundingSpace() {
    assertThat(EmailAddress.of("  Ada.Lovelace+Test@Example.COM ").value())
        .isEqualTo("ada.lovelace+test@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "@example.com",
        "ada@",
        "ada@example",
        "ada@@example.com",
        "ada lovelace@example.com",
        "ada..x@example.com",
        ".ada@example.com",
        "ada@-example.com",
        "ada@example.c_m",
        "<script>@example.com"
      })
  void refusesMalformedAddresses(String address) {
    assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(address));
  }

  @Test
  void refusesAddressesLongerThanSmtpAllows() {
    String local = "a".repeat(65);
    assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of(local + "@example.com"));
    String label = "d".repeat(63);
    String domain = label + "." + label + "." + label + "." + label + ".com";
    assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("a@" + domain));
  }

  @Test
  void acceptsSubdomainsAndTagsAndDigits() {
    assertThat(EmailAddress.of("ops-2+billing@eu.mail.example.io").value())
        .isEqualTo("ops-2+billing@eu.mail.example.io");
  }
}
