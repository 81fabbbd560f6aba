package org.openlicensing.core.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordContextTest {
  private final PasswordContext ada =
      PasswordContext.of("ada.lovelace@engines.example", "Ada Lovelace");

  @Test
  void refusesTheAccountsAddressAndNameInAnyCase() {
    assertThat(PasswordPolicy.problemWith("MyLovelace2026!", ada)).contains("must not contain");
    assertThat(PasswordPolicy.problemWith("engines-rule-99", ada)).contains("must not contain");
  }

  @Test
  void refusesTheProductsName() {
    assertThat(PasswordPolicy.problemWith("I-love-OpenLicensing", PasswordContext.productOnly()))
        .contains("must not contain");
  }

  @Test
  void shortWordsForbidNothing() {
    assertThat(PasswordPolicy.problemWith("ada-writes-notes-1843", ada)).isNull();
  }

  @Test
  void anUnrelatedPasswordPasses() {
    assertThat(PasswordPolicy.problemWith("correct horse battery staple", ada)).isNull();
  }
}
